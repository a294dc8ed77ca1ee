import { describe, expect, test } from 'vitest';
import { ageInDays, checkStalenessMarks, findAsOfMarks, unmarkedInBody, unmarkedInData } from '../../src/lib/staleness';

describe('aging claims', () => {
  test('finds AsOf marks with their dates, text and lines', () => {
    const body = 'First line.\nThe rule is <AsOf date="2026-12-06">still proposed <Cite source="x" /></AsOf> today.';
    expect(findAsOfMarks(body)).toEqual([{ date: '2026-12-06', text: 'still proposed', line: 2 }]);
  });

  test('an aging word inside a mark passes; outside, it is reported with its line', () => {
    const body = 'Intro.\n\nA <AsOf date="2026-12-06">proposed rule</AsOf>.\n\nThe bill is pending in committee.';
    expect(unmarkedInBody(body)).toEqual([{ word: 'pending', where: 'body line 5', excerpt: 'The bill is pending in committee.' }]);
  });

  test('variants count: not yet final, never finalized, will take effect, proposals', () => {
    const words = unmarkedInBody('It is not yet final. It was never finalized. It will take effect later. Two proposals.').map((c) => c.word.toLowerCase());
    expect(words).toEqual(['not yet final', 'never finalized', 'will take effect', 'proposals']);
  });

  test('a short quoted term is a mention, not a claim', () => {
    expect(unmarkedInBody('Search it. "Proposed rule" means not law; \u201cpending\u201d too.')).toEqual([]);
  });

  test('link targets, tags and comments are not prose', () => {
    expect(unmarkedInBody('See [the rule](/articles/pending-rule/) and <Cite source="proposed-rule" /> {/* pending */}.')).toEqual([]);
  });

  test('YAML with statusChecked counts as marked; without it, the field is named', () => {
    expect(unmarkedInData('laws', { summary: 'A proposed overhaul.', statusChecked: '2026-12-06' })).toEqual([]);
    expect(unmarkedInData('coverage', { detail: 'Still pending.', citations: [{ source: 'proposed-x' }] })).toEqual([
      { word: 'pending', where: 'detail', excerpt: 'Still pending.' },
    ]);
  });

  test('a state search record is marked by its own date', () => {
    const data = { name: 'X', searched: [{ category: 'AI', date: '2026-12-06', what: 'A bill is pending.' }] };
    expect(unmarkedInData('states', data)).toEqual([]);
  });

  test('article frontmatter: only reader-visible text fields, marked by statusChecked', () => {
    expect(unmarkedInData('articles', { takeaways: ['A proposed rule.'], changes: [{ summary: 'pending' }] })).toHaveLength(1);
    expect(unmarkedInData('articles', { takeaways: ['A proposed rule.'], statusChecked: '2026-12-06' })).toEqual([]);
  });

  test('checkStalenessMarks rejects bad and future dates and names the line', () => {
    const problems = checkStalenessMarks(
      [
        {
          collection: 'articles',
          id: 'a',
          file: 'a.mdx',
          data: {},
          body: 'x\n<AsOf date="2027-01-01">proposed</AsOf>\n<AsOf date="2026-02-30">x</AsOf>',
          bodyStartLine: 10,
        },
        { collection: 'laws', id: 'l', file: 'l.yaml', data: { summary: 'pending', statusChecked: '2030-01-01' } },
        { collection: 'sources', id: 's', file: 's.yaml', data: { title: 'Proposed rule' } },
      ],
      '2026-12-06',
    );
    expect(problems.map((p) => `${p.file} ${p.field}`)).toEqual(['a.mdx body line 11: <AsOf>', 'a.mdx body line 12: <AsOf>', 'l.yaml statusChecked']);
  });

  test('ages in whole days', () => {
    expect(ageInDays('2026-11-25', '2026-12-06')).toBe(11);
  });
});
