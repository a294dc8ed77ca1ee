import { describe, expect, test } from 'vitest';
import { activeFilters, queryFromSearch, splitExcerpt } from '../../src/lib/search';

describe('queryFromSearch', () => {
  test('reads and trims ?q=', () => {
    expect(queryFromSearch('?q=%20safe%20harbor%20')).toBe('safe harbor');
  });
  test('is empty without q', () => {
    expect(queryFromSearch('')).toBe('');
  });
});

describe('activeFilters', () => {
  test('drops empty choices', () => {
    expect(activeFilters({ type: 'article', topic: '' })).toEqual({ type: 'article' });
  });
});

describe('splitExcerpt', () => {
  test('separates marked matches from plain text', () => {
    expect(splitExcerpt('the <mark>Safe</mark> Harbor')).toEqual([
      { text: 'the ', marked: false },
      { text: 'Safe', marked: true },
      { text: ' Harbor', marked: false },
    ]);
  });
  test('drops any other tag and decodes entities, so nothing is parsed as HTML', () => {
    const parts = splitExcerpt('a <img src=x onerror=alert(1)>&lt;b&gt; &amp; <mark>c</mark>');
    expect(parts.map((p) => p.text).join('')).toBe('a <b> & c');
  });
});
