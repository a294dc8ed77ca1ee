import { describe, expect, test } from 'vitest';
import { astroEntryId, isKebabCaseId } from '../../src/lib/ids';

describe('isKebabCaseId', () => {
  test('accepts lowercase kebab-case and rejects capitals, spaces and underscores', () => {
    expect(isKebabCaseId('hipaa-privacy-rule')).toBe(true);
    expect(['Hipaa', 'a b', 'a_b', '-a', 'a--b'].filter(isKebabCaseId)).toEqual([]);
  });
});

describe('astroEntryId', () => {
  test('lowercases each segment as Astro does', () => {
    expect(astroEntryId('Fixture-Term')).toBe('fixture-term');
    expect(astroEntryId('Lost-Scan/Fixture-Law')).toBe('lost-scan/fixture-law');
  });
  test('turns spaces into hyphens and drops a trailing /index', () => {
    expect(astroEntryId('fixture term')).toBe('fixture-term');
    expect(astroEntryId('hipaa/index')).toBe('hipaa');
  });
});
