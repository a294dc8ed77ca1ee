import { describe, expect, test } from 'vitest';
import { countWords, findComponentUses } from '../../src/lib/mdx-components';

describe('findComponentUses', () => {
  test('finds Cite and Term with attributes and lines', () => {
    const uses = findComponentUses('One <Cite source="a" pin="1(b)" />\ntwo <Term id="t">term</Term>');
    expect(uses).toEqual([
      { name: 'Cite', attributes: { source: 'a', pin: '1(b)' }, line: 1 },
      { name: 'Term', attributes: { id: 't' }, line: 2 },
    ]);
  });
});

describe('countWords', () => {
  test('counts prose words, not markup', () => {
    expect(countWords('## Heading here\n\nSome **bold** text <Cite source="a" /> and [a link](/x/).')).toBe(8);
  });
});
