/**
 * Broken content must fail with a message naming the file and the field. Each case copies the
 * valid fixture (tests/content/fixtures/valid), breaks one thing, and checks what is reported.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { checkIntegrity, missingCoverage, statesWithoutLawOrSearch } from '../../src/lib/integrity';
import { loadContent } from '../helpers/load-content';

const valid = 'tests/content/fixtures/valid';
let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
  root = undefined;
});

/** Copy the fixture, apply an edit to one file, and return every problem found. */
function problemsAfter(file: string, edit: (text: string) => string) {
  root = mkdtempSync(join(tmpdir(), 'content-'));
  cpSync(valid, root, { recursive: true });
  const path = join(root, file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  const { entries, problems } = loadContent(root, root);
  return [...problems, ...checkIntegrity(entries)];
}

describe('the valid fixture', () => {
  test('passes every check', () => {
    const { entries, problems } = loadContent(valid, valid);
    expect([...problems, ...checkIntegrity(entries)]).toEqual([]);
    expect(missingCoverage(entries)).toEqual([]);
  });
});

const cases: { name: string; file: string; edit: (text: string) => string; field: string; message: RegExp }[] = [
  {
    name: 'a malformed frontmatter date',
    file: 'articles/fixture-article.mdx',
    edit: (t) => t.replace('reviewed: 2026-11-25', 'reviewed: 2026-13-45'),
    field: 'reviewed',
    message: /YYYY-MM-DD|calendar date/,
  },
  {
    name: 'an unknown topic',
    file: 'articles/fixture-article.mdx',
    edit: (t) => t.replace('topics: [hipaa]', 'topics: [hipa]'),
    field: 'topics.0',
    message: /hipaa/,
  },
  {
    name: 'an unknown law id in an article',
    file: 'articles/fixture-article.mdx',
    edit: (t) => t.replace('laws: [fixture-law]', 'laws: [no-such-law]'),
    field: 'laws[0]',
    message: /Unknown laws id "no-such-law"/,
  },
  {
    name: 'an unknown citation id',
    file: 'articles/fixture-article.mdx',
    edit: (t) => t.replace('source="source-c"', 'source="source-z"'),
    field: 'body line 18: <Cite source>',
    message: /Unknown sources id "source-z"/,
  },
  {
    name: 'a missing required field',
    file: 'laws/fixture-law.yaml',
    edit: (t) => t.replace('citation: 45 CFR Part 1\n', ''),
    field: 'citation',
    message: /string|required/i,
  },
  {
    name: 'a dangling reference in a state',
    file: 'states/ca.yaml',
    edit: (t) => t.replace('laws: [fixture-law]', 'laws: [fixture-lw]'),
    field: 'laws[0]',
    message: /Unknown laws id "fixture-lw"/,
  },
  {
    name: 'HTML in a title',
    file: 'articles/fixture-article.mdx',
    edit: (t) => t.replace('title: A fixture article', 'title: A <script>alert(1)</script> article'),
    field: 'title',
    message: /plain text/,
  },
  {
    name: 'a gap without a fix',
    file: 'coverage/lost-scan/fixture-law.yaml',
    edit: (t) => t.replace('fix: Cover it.\n', ''),
    field: 'fix',
    message: /fix/,
  },
  {
    name: 'a law source on an unofficial host',
    file: 'sources/source-a.yaml',
    edit: (t) => t.replace('https://www.ecfr.gov/current/title-45/part-a', 'https://www.example-mirror.com/cfr'),
    field: 'url',
    message: /official/,
  },
  {
    name: 'an unknown glossary term in an article',
    file: 'articles/fixture-article.mdx',
    edit: (t) => t.replace('<Term id="fixture-term">', '<Term id="no-term">'),
    field: 'body line 17: <Term id>',
    message: /Unknown glossary id "no-term"/,
  },
  {
    name: 'a letter placeholder that names no field',
    file: 'letters/fixture-letter.yaml',
    edit: (t) => t.replace('{{city}}', '{{cty}}'),
    field: 'opening',
    message: /Placeholder \{\{cty\}\} names no field/,
  },
  {
    name: 'a letter citing an unknown source',
    file: 'letters/fixture-letter.yaml',
    edit: (t) => t.replace('{{cite:source-a|1.1(a)}}', '{{cite:source-z|1.1(a)}}'),
    field: 'opening {{cite:…}}',
    message: /Unknown sources id "source-z"/,
  },
  {
    name: 'an unknown recipient in a letter',
    file: 'letters/fixture-letter.yaml',
    edit: (t) => t.replace('  - us-representative', '  - governor'),
    field: 'recipient.0',
    message: /us-senator/,
  },
  {
    name: 'an empty article',
    file: 'articles/fixture-article.mdx',
    edit: (t) => t.slice(0, t.indexOf('## A heading')),
    field: 'body',
    message: /no text/,
  },
];

describe('broken content fails, naming the file and the field', () => {
  for (const broken of cases) {
    test(broken.name, () => {
      const problems = problemsAfter(broken.file, broken.edit);
      const match = problems.find((p) => p.file.endsWith(broken.file) && p.field === broken.field);
      expect(match, JSON.stringify(problems, null, 2)).toBeDefined();
      expect(match!.message).toMatch(broken.message);
    });
  }

  test('a coverage cell for an unknown law', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(valid, root, { recursive: true });
    cpSync(join(root, 'coverage/lost-scan/fixture-law.yaml'), join(root, 'coverage/lost-scan/ghost-law.yaml'));
    const { entries } = loadContent(root, root);
    expect(checkIntegrity(entries)).toContainEqual({
      file: 'coverage/lost-scan/ghost-law.yaml',
      field: 'law (file name)',
      message: 'Unknown laws id "ghost-law"',
    });
  });

  test('a state law cited from a host outside the allowlist', () => {
    const problems = problemsAfter('laws/fixture-law.yaml', (t) => t.replace('jurisdiction: us', 'jurisdiction: ca').replace('https://www.ecfr.gov/current/title-45/part-a', 'https://law.example.com/ca/1'));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'laws/fixture-law.yaml', field: 'url', message: expect.stringMatching(/"law\.example\.com" is not on the list of official hosts/) }));
  });

  test('a state law cited from a secondary host is allowed only when every cell is low confidence', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(valid, root, { recursive: true });
    const edit = (file: string, change: (t: string) => string) => writeFileSync(join(root!, file), change(readFileSync(join(root!, file), 'utf8')));
    edit('laws/fixture-law.yaml', (t) => t.replace('jurisdiction: us', 'jurisdiction: ca').replace('https://www.ecfr.gov/current/title-45/part-a', 'https://law.example.com/ca/1'));
    edit('coverage/lost-scan/fixture-law.yaml', (t) => t.replace('confidence: high', 'confidence: low'));
    const { entries } = loadContent(root, root);
    expect(checkIntegrity(entries).filter((p) => p.file === 'laws/fixture-law.yaml')).toEqual([]);
  });

  test('a state cell that says the law protects, with no pinpoint', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(valid, root, { recursive: true });
    const edit = (file: string, change: (t: string) => string) => writeFileSync(join(root!, file), change(readFileSync(join(root!, file), 'utf8')));
    edit('laws/fixture-law.yaml', (t) => t.replace('jurisdiction: us', 'jurisdiction: ca'));
    edit('coverage/lost-scan/fixture-law.yaml', (t) => t.replace('status: gap', 'status: partial').replace('    pin: 1.1(a)\n', ''));
    const { entries } = loadContent(root, root);
    expect(checkIntegrity(entries)).toContainEqual({
      file: 'coverage/lost-scan/fixture-law.yaml',
      field: 'citations',
      message: 'A state cell that says the law protects needs at least one pinpoint (pin) in the official text',
    });
  });

  test('a state page with no law and no record of what was searched', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(valid, root, { recursive: true });
    writeFileSync(join(root, 'states/ca.yaml'), readFileSync(join(root, 'states/ca.yaml'), 'utf8').replace('laws: [fixture-law]', 'laws: []'));
    writeFileSync(join(root, 'laws/fixture-law.yaml'), readFileSync(join(root, 'laws/fixture-law.yaml'), 'utf8').replace('jurisdiction: ca', 'jurisdiction: us'));
    expect(statesWithoutLawOrSearch(loadContent(root, root).entries)).toEqual(['ca']);
    const searched = 'laws: []\nsearched:\n  - category: ai-in-care\n    date: 2026-12-06\n    what: Searched the legislature site; none found.\n';
    writeFileSync(join(root, 'states/ca.yaml'), readFileSync(join(root, 'states/ca.yaml'), 'utf8').replace('laws: []\n', searched));
    expect(statesWithoutLawOrSearch(loadContent(root, root).entries)).toEqual([]);
  });

  test('a missing law x scenario cell', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(valid, root, { recursive: true });
    rmSync(join(root, 'coverage/lost-scan/fixture-law.yaml'));
    const { entries } = loadContent(root, root);
    expect(missingCoverage(entries)).toEqual([{ scenario: 'lost-scan', law: 'fixture-law' }]);
  });

  test('a duplicate id: two files Astro reads as one entry', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(valid, root, { recursive: true });
    cpSync(join(root, 'laws/fixture-law.yaml'), join(root, 'laws/Fixture-Law.yaml'));
    const { entries } = loadContent(root, root);
    const duplicate = checkIntegrity(entries).find((p) => p.field === 'id' && p.message.startsWith('Duplicate'));
    expect(duplicate?.message).toMatch(/^Duplicate laws id "fixture-law": laws\/(F|f)ixture-(L|l)aw\.yaml has the same id/);
    expect(['laws/Fixture-Law.yaml', 'laws/fixture-law.yaml']).toContain(duplicate?.file);
  });

  test('a file name with capitals (which Astro would lowercase)', () => {
    root = mkdtempSync(join(tmpdir(), 'content-'));
    cpSync(valid, root, { recursive: true });
    cpSync(join(root, 'glossary/fixture-term.yaml'), join(root, 'glossary/Fixture-Term.yaml'));
    const { entries } = loadContent(root, root);
    expect(checkIntegrity(entries).some((p) => p.file === 'glossary/Fixture-Term.yaml' && p.field === 'id')).toBe(true);
  });
});
