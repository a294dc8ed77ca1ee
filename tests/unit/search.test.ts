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

describe('reader words', () => {
  test('parseQuery keeps each word once and at most ten of them, in the reader’s order', async () => {
    const { parseQuery, maxQueryTerms } = await import('../../src/lib/search');
    expect(parseQuery('hipaa '.repeat(1000)).map((t) => t.typed)).toEqual(['hipaa']);
    const words = 'alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima'.split(' ');
    expect(parseQuery(words.join(' ')).map((t) => t.typed)).toEqual(words.slice(0, maxQueryTerms));
    expect(maxQueryTerms).toBe(10);
  });

  test('parseQuery drops common words and maps reader words to the site’s words', async () => {
    const { parseQuery } = await import('../../src/lib/search');
    const terms = parseQuery('Is it illegal to fake an X-ray?');
    expect(terms.map((t) => t.typed)).toEqual(['illegal', 'fake', 'x-ray']);
    expect(terms[0]!.variants).toContain('crime');
    expect(parseQuery('my insurance company').map((t) => t.variants)).toEqual([['insurance company', 'insurer', 'insurance']]);
    expect(parseQuery('xray').map((t) => t.variants[1])).toEqual(['x-ray']);
    expect(parseQuery('artificial intelligence').map((t) => t.variants)).toEqual([['artificial intelligence', 'ai']]);
  });

  test('queryVariants tries the reader’s words first, then the site’s, at most three queries', async () => {
    const { parseQuery, queryVariants } = await import('../../src/lib/search');
    const variants = queryVariants(parseQuery('can my hospital sell my scans'));
    expect(variants[0]).toBe('hospital sell scans');
    expect(variants.length).toBeLessThanOrEqual(3);
    expect(variants).toContain('hospital sale images');
  });

  test('searchWithQuery keeps other parameters and drops an empty query', async () => {
    const { searchWithQuery } = await import('../../src/lib/search');
    expect(searchWithQuery('?x=1', 'delete scans')).toBe('?x=1&q=delete+scans');
    expect(searchWithQuery('?q=old', '  ')).toBe('');
  });

  test('resultKind names each kind of page', async () => {
    const { resultKind } = await import('../../src/lib/search');
    expect(['/articles/a/', '/scenarios/b/', '/laws/c/', '/states/tx/', '/letters/d/'].map(resultKind)).toEqual([
      'Article',
      'Situation',
      'Law',
      'State',
      'Letter',
    ]);
  });
});
