import { describe, expect, test } from 'vitest';
import { checkStalenessMarks } from '../../src/lib/staleness';
import { formatProblems } from '../../src/lib/integrity';
import { loadContent } from '../helpers/load-content';

const { entries } = loadContent('content');
const today = new Date().toISOString().slice(0, 10);

describe('claims that age in the real content/', () => {
  test('every "proposed", "pending", "not yet final" (and variants) carries a status date', () => {
    expect(formatProblems(checkStalenessMarks(entries, today))).toBe('');
  });
});
