import { describe, expect, test } from 'vitest';
import { correctionHref, readCorrectionsUrl } from '../../src/lib/corrections';
import { homeList } from '../../src/lib/home';
import { placeName } from '../../src/lib/place-name';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('homeList', () => {
  const start = ['b', 'a'];
  test('"Recently reviewed" only when the newest review dates differ', () => {
    const articles = [
      { id: 'a', reviewed: day('2026-11-25') },
      { id: 'b', reviewed: day('2026-12-01') },
      { id: 'c', reviewed: day('2026-11-25') },
    ];
    expect(homeList(articles, start)).toEqual({ kind: 'recent', articles: [articles[1], articles[0], articles[2]] });
  });
  test('the curated start list, in its order, when every date is the same', () => {
    const articles = [
      { id: 'a', reviewed: day('2026-11-25') },
      { id: 'b', reviewed: day('2026-11-25') },
    ];
    expect(homeList(articles, start)).toEqual({ kind: 'start', articles: [articles[1], articles[0]] });
  });
  test('a start list naming a missing article fails the build', () => {
    expect(() => homeList([{ id: 'a', reviewed: day('2026-11-25') }], ['zz'])).toThrow(/zz/);
  });
});

describe('corrections', () => {
  const page = { title: 'De-identified X-rays', url: 'https://example.org/articles/x/' };
  test('a GitHub-style issue link carries the title and the address', () => {
    const href = correctionHref({ url: 'https://github.com/o/r/issues/new' }, page)!;
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toBe('Correction: De-identified X-rays');
    expect(url.searchParams.get('body')).toContain('Page: https://example.org/articles/x/');
  });
  test('an email link carries them as subject and body', () => {
    const href = correctionHref({ url: 'mailto:fix@example.org' }, page)!;
    expect(href).toMatch(/^mailto:fix@example\.org\?subject=Correction%3A%20De-identified%20X-rays&body=Page%3A%20https/);
  });
  test('no address configured: no link', () => {
    expect(correctionHref({}, page)).toBeUndefined();
  });
  test('only https and mailto addresses are accepted', () => {
    expect(readCorrectionsUrl('https://example.org/issues')).toEqual({ url: 'https://example.org/issues' });
    expect(readCorrectionsUrl('javascript:alert(1)').problem).toMatch(/https/);
    expect(readCorrectionsUrl('not a url').problem).toBeDefined();
    expect(readCorrectionsUrl(undefined)).toEqual({});
  });
});

test('placeName gives the District of Columbia its article', () => {
  expect(placeName('dc', 'District of Columbia')).toBe('the District of Columbia');
  expect(placeName('oh', 'Ohio')).toBe('Ohio');
});
