import { describe, expect, test } from 'vitest';
import { Matrix } from '../../src/lib/gap-model';
import { bestStatus, compareWithFederal, emptyCoreCategories, searchedCategoryId, searchedCategoryIds, takesEffectLater } from '../../src/lib/state-layer';
import { testCell } from './fixtures/gap-model';

const cell = testCell;
const reviewed = new Date('2026-12-06T00:00:00Z');
const matrix = new Matrix({
  laws: [
    { id: 'fed', name: 'Federal', shortName: 'F', jurisdiction: 'us', order: 1 },
    { id: 'wi-law', name: 'Wisconsin law', shortName: 'W', jurisdiction: 'wi', order: 950 },
    { id: 'other-state', name: 'Other', shortName: 'O', jurisdiction: 'ca', order: 9 },
  ],
  scenarios: [
    { id: 's1', title: 'One', question: 'One?', order: 1 },
    { id: 's2', title: 'Two', question: 'Two?', order: 2 },
    { id: 's3', title: 'Three', question: 'Three?', order: 3 },
  ],
  // s3 has no cells at all: every law reads as "not applicable" there.
  cells: [
    cell('s1', 'fed', 'gap'),
    cell('s1', 'wi-law', 'partial'),
    cell('s1', 'other-state', 'protected'),
    cell('s2', 'fed', 'protected'),
    cell('s2', 'wi-law', 'partial'),
  ],
});

describe('compareWithFederal', () => {
  test('names the situations where the state law beats the best federal status, and only its own laws', () => {
    const [s1, s2, s3] = compareWithFederal(matrix, ['wi-law']);
    expect(s1).toMatchObject({ federal: 'gap', state: 'partial', betterLaws: ['wi-law'] });
    expect(s2).toMatchObject({ federal: 'protected', state: 'partial', betterLaws: [] });
    expect(s3).toMatchObject({ federal: 'not-applicable', state: 'not-applicable', betterLaws: [], stateCells: [] });
  });

  test('at equal status, a state law that lets you sue still adds something', () => {
    const [, s2] = compareWithFederal(matrix, ['wi-law', 'other-state'], ['wi-law']);
    expect(s2).toMatchObject({ federal: 'protected', state: 'partial', betterLaws: [], suitOnly: [] });
    const withSuit = new Matrix({ laws: matrix.laws, scenarios: matrix.scenarios, cells: [cell('s1', 'fed', 'partial'), cell('s1', 'wi-law', 'partial')] });
    expect(compareWithFederal(withSuit, ['wi-law'], ['wi-law'])[0]).toMatchObject({ betterLaws: ['wi-law'], suitOnly: ['wi-law'] });
    expect(compareWithFederal(withSuit, ['wi-law'], [])[0]).toMatchObject({ betterLaws: [], suitOnly: [] });
  });
});

describe('state layer helpers', () => {
  test('bestStatus ranks protected over partial over gap', () => {
    expect(bestStatus([cell('s', 'a', 'gap'), cell('s', 'b', 'partial')])).toBe('partial');
    expect(bestStatus([])).toBe('not-applicable');
  });
  test('takesEffectLater compares with the day the status was checked', () => {
    expect(takesEffectLater(new Date('2027-01-01'), reviewed)).toBe(true);
    expect(takesEffectLater(new Date('2025-07-01'), reviewed)).toBe(false);
  });
  test('emptyCoreCategories lists the core categories no law covers', () => {
    expect(emptyCoreCategories([['medical-records'], ['breach-notification', 'consumer-privacy']])).toEqual(['health-data-privacy', 'ai-in-care']);
  });
  test('searchedCategoryId matches ids, labels and common names', () => {
    expect(searchedCategoryId('ai-in-care')).toBe('ai-in-care');
    expect(searchedCategoryId('AI in health care')).toBe('ai-in-care');
    expect(searchedCategoryId('Breach notification')).toBe('breach-notification');
    expect(searchedCategoryId('Something else')).toBeUndefined();
    expect(searchedCategoryIds('Consumer or health-data privacy')).toEqual(['consumer-privacy', 'health-data-privacy']);
    expect(searchedCategoryIds('AI in health care or insurance')).toEqual(['ai-in-care', 'ai-in-insurance']);
    expect(searchedCategoryIds('Medical records confidentiality and patient access')).toEqual(['medical-records']);
  });
});
