import { describe, expect, test } from 'vitest';
import { lastUpdated, sortForFeed, sortForListing } from '../../src/lib/articles';
import { formatDate, isoDay, latest } from '../../src/lib/dates';

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe('formatDate', () => {
  test('reads as a US date in UTC, whatever the build machine zone', () => {
    expect(formatDate(day('2026-01-01'))).toBe('January 1, 2026');
  });
});

describe('isoDay', () => {
  test('gives YYYY-MM-DD', () => {
    expect(isoDay(day('2026-11-25'))).toBe('2026-11-25');
  });
});

describe('latest', () => {
  test('picks the latest date', () => {
    expect(latest([day('2026-01-02'), day('2026-03-01'), day('2025-12-31')])).toEqual(day('2026-03-01'));
  });
  test('is undefined for no dates', () => {
    expect(latest([])).toBeUndefined();
  });
});

const article = (id: string, reviewed: string, topics: string[], draft = false) => ({ id, title: id.toUpperCase(), reviewed: day(reviewed), topics, draft });

describe('sortForListing', () => {
  test('puts the newest review first and drops drafts', () => {
    const sorted = sortForListing([article('a', '2026-01-01', []), article('b', '2026-05-01', []), article('c', '2026-09-01', [], true)]);
    expect(sorted.map((a) => a.id)).toEqual(['b', 'a']);
  });
  test('orders same-day reviews by title', () => {
    const sorted = sortForListing([article('z', '2026-01-01', []), article('m', '2026-01-01', [])]);
    expect(sorted.map((a) => a.id)).toEqual(['m', 'z']);
  });
});

describe('sortForFeed', () => {
  test('puts the newest publication first, whatever the review dates, and drops drafts', () => {
    const sorted = sortForFeed([
      { ...article('old', '2026-12-01', []), published: day('2026-01-01') },
      { ...article('new', '2026-02-01', []), published: day('2026-02-01') },
      { ...article('draft', '2026-12-01', [], true), published: day('2026-12-01') },
    ]);
    expect(sorted.map((a) => a.id)).toEqual(['new', 'old']);
  });
});

describe('lastUpdated', () => {
  test('is the latest change', () => {
    expect(lastUpdated([{ date: day('2026-01-01') }, { date: day('2026-02-01') }])).toEqual(day('2026-02-01'));
  });
});
