/**
 * The stored APA entries of the bibliography (src/data/bibliography-apa.json, read by /sources/
 * so a build need not start citeproc, issue 18) are citeproc's own output for the source as it
 * stands. An entry whose source has changed since is not used (the build formats that source
 * with citeproc), so a stale file costs build time, never a wrong entry. To rewrite the file:
 *   BIBLIOGRAPHY_APA_UPDATE=1 npx vitest run tests/content/bibliography-apa.test.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { bibliographyEntryHtml, citeprocEntryHtml, referenceKey, sourceToCsl, type StoredEntries } from '../../src/lib/bibliography';
import { sourceSchema } from '../../src/schemas/sources';
import { loadContent } from '../helpers/load-content';

const file = 'src/data/bibliography-apa.json';
const sources = loadContent('content')
  .entries.filter((entry) => entry.collection === 'sources')
  .map((entry) => sourceToCsl(entry.id, sourceSchema().parse(entry.data)))
  .sort((a, b) => a.id.localeCompare(b.id));

if (process.env.BIBLIOGRAPHY_APA_UPDATE) {
  const entries: StoredEntries = {};
  for (const item of sources) entries[item.id] = { key: referenceKey(item), html: await citeprocEntryHtml(item) };
  writeFileSync(file, `${JSON.stringify(entries, null, 2)}\n`);
}
const stored = JSON.parse(readFileSync(file, 'utf8')) as StoredEntries;

describe('stored APA entries of the bibliography', () => {
  test('every entry the build would use is citeproc’s entry for that source', async () => {
    const differ: string[] = [];
    for (const item of sources) {
      const entry = stored[item.id];
      if (!entry || entry.key !== referenceKey(item)) continue;
      const citeproc = await citeprocEntryHtml(item);
      if (entry.html !== citeproc) differ.push(`${item.id}\n  stored:   ${entry.html}\n  citeproc: ${citeproc}`);
    }
    expect(differ).toEqual([]);
  }, 180_000);

  test('covers most sources (the rest are formatted by citeproc at build time; see the top of this file to refresh)', () => {
    const current = sources.filter((item) => stored[item.id]?.key === referenceKey(item));
    expect(current.length).toBeGreaterThanOrEqual(Math.ceil(sources.length / 2));
  });

  test('a changed source is formatted afresh, not from its stored entry', async () => {
    const item = sources[0]!;
    const changed = { ...item, URL: 'https://example.org/changed-address' };
    expect(await bibliographyEntryHtml(changed, stored)).toContain('>https://example.org/changed-address</a>');
    expect(await bibliographyEntryHtml(item, { [item.id]: { key: referenceKey(item), html: 'stored https://example.org/x' } })).toBe(
      'stored <a href="https://example.org/x">https://example.org/x</a>',
    );
  });
});
