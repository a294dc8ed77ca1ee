import { describe, expect, test } from 'vitest';
import { checkIntegrity, formatProblems, lawsWithoutCells, statesWithoutLawOrSearch } from '../../src/lib/integrity';
import { loadContent } from '../helpers/load-content';

const { entries, problems: schemaProblems } = loadContent('content');
const count = (collection: string) => entries.filter((e) => e.collection === collection).length;

describe('the real content/', () => {
  test('every entry matches its schema', () => {
    expect(formatProblems(schemaProblems)).toBe('');
  });

  test('every id, reference, citation and article rule holds', () => {
    expect(formatProblems(checkIntegrity(entries))).toBe('');
  });

  test('every law has a written cell or says what it provides (a missing cell file means "not applicable")', () => {
    expect(lawsWithoutCells(entries).map((id) => `content/laws/${id}.yaml`)).toEqual([]);
  });

  test('every state page lists its own laws or says what was searched, and when', () => {
    expect(statesWithoutLawOrSearch(entries).map((code) => `content/states/${code}.yaml`)).toEqual([]);
  });

  test('has entries in every collection the site reads', () => {
    for (const collection of ['articles', 'sources', 'laws', 'scenarios', 'coverage', 'glossary', 'states']) {
      expect(count(collection), collection).toBeGreaterThan(0);
    }
  });
});
