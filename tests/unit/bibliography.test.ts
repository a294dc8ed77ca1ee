import { describe, expect, test } from 'vitest';
import { bibliographyEntryHtml, groupSources, partialDateParts, sourceToCsl } from '../../src/lib/bibliography';
import { articlesByTerm } from '../../src/lib/glossary';
import type { SourceData } from '../../src/schemas/sources';

const regulation: SourceData = {
  type: 'regulation',
  title: '45 CFR Part 164: Security and Privacy',
  publisher: 'U.S. Government Publishing Office and Office of the Federal Register (eCFR)',
  containerTitle: 'Code of Federal Regulations, Title 45',
  url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164',
  accessed: new Date('2026-11-25T00:00:00Z'),
  pinUrl: 'https://www.ecfr.gov/current/title-45/section-{section}#p-{pin}',
  pinLabel: '45 CFR {pin}',
};
const article: SourceData = {
  type: 'article-journal',
  title: 'Deepfake radiographs',
  author: [{ family: 'Tordjman', given: 'Mickael' }],
  containerTitle: 'Radiology',
  issued: '2026-03',
  url: 'https://pubs.rsna.org/journal/radiology',
  accessed: new Date('2026-11-25T00:00:00Z'),
  note: 'Links to the journal home page.\n',
};

describe('partialDateParts', () => {
  test('keeps only the parts a date has', () => {
    expect(partialDateParts('2026')).toEqual({ 'date-parts': [[2026]] });
    expect(partialDateParts('2026-03-24')).toEqual({ 'date-parts': [[2026, 3, 24]] });
  });
});

describe('sourceToCsl', () => {
  test('maps our fields onto CSL-JSON and drops our pin templates', () => {
    expect(sourceToCsl('ecfr-45-cfr-164', regulation)).toEqual({
      id: 'ecfr-45-cfr-164',
      type: 'regulation',
      title: '45 CFR Part 164: Security and Privacy',
      publisher: 'U.S. Government Publishing Office and Office of the Federal Register (eCFR)',
      'container-title': 'Code of Federal Regulations, Title 45',
      accessed: { 'date-parts': [[2026, 11, 25]] },
      URL: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164',
    });
  });
  test('carries authors, a partial issued date and the note', () => {
    expect(sourceToCsl('radiology', article)).toMatchObject({
      author: [{ family: 'Tordjman', given: 'Mickael' }],
      issued: { 'date-parts': [[2026, 3]] },
      note: 'Links to the journal home page.',
    });
  });
});

describe('bibliographyEntryHtml', () => {
  test('gives the APA entry with its address as a link', async () => {
    expect(await bibliographyEntryHtml(sourceToCsl('ecfr-45-cfr-164', regulation))).toBe(
      '45 CFR Part 164: Security and Privacy, Code of Federal Regulations, Title 45. Retrieved November 25, 2026, from <a href="https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164">https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164</a>',
    );
  }, 120_000); // citeproc starts cold: slow on a busy machine
  test('italicises the journal of an article', async () => {
    expect(await bibliographyEntryHtml(sourceToCsl('radiology', article))).toBe(
      'Tordjman, M. (2026). Deepfake radiographs. <i>Radiology</i>. <a href="https://pubs.rsna.org/journal/radiology">https://pubs.rsna.org/journal/radiology</a>',
    );
  });
});

describe('groupSources', () => {
  test('groups by type in the page order, sorted by title, without empty groups', () => {
    const groups = groupSources([
      { type: 'webpage', title: 'B' },
      { type: 'legislation', title: 'Z' },
      { type: 'webpage', title: 'A' },
    ] as const satisfies { type: SourceData['type']; title: string }[]);
    expect(groups.map((group) => [group.label, group.items.map((item) => item.title)])).toEqual([
      ['Laws', ['Z']],
      ['Web pages', ['A', 'B']],
    ]);
  });
});

describe('articlesByTerm', () => {
  test('lists, for each term, the articles that use it, by title, once each', () => {
    const index = articlesByTerm([
      { id: 'b', title: 'Beta', terms: ['phi', 'phi'] },
      { id: 'a', title: 'Alpha', terms: ['phi', 'dicom'] },
    ]);
    expect(index.get('phi')).toEqual([
      { id: 'a', title: 'Alpha' },
      { id: 'b', title: 'Beta' },
    ]);
    expect(index.get('dicom')).toEqual([{ id: 'a', title: 'Alpha' }]);
    expect(index.get('nothing')).toBeUndefined();
  });
});
