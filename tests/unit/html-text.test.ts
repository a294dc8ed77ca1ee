import { describe, expect, test } from 'vitest';
import { gluedLinks } from '../../scripts/lib/html-text';

describe('gluedLinks', () => {
  test('finds a word that runs into a link', () => {
    expect(gluedLinks('<p>Or read<a href="/articles/">articles</a> today.</p>')).toEqual(['"…Or readarticles…" has no space before the link "articles"']);
  });
  test('finds a colon that runs into a link', () => {
    expect(gluedLinks('<p>Sources:<a href="/x/">45 CFR</a></p>')).toHaveLength(1);
  });
  test('accepts a space, an opening bracket or a tag before a link', () => {
    expect(gluedLinks('<p>Read <a href="/a/">a</a> (<a href="/b/">b</a>)<li><a href="/c/">c</a></li></p>')).toEqual([]);
  });
});
