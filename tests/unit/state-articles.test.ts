import { describe, expect, test } from 'vitest';
import { articlesAboutState, namesState } from '../../src/lib/state-articles';

describe('namesState', () => {
  test('matches the name as a word only', () => {
    expect(namesState('Does Kansas protect scans?', 'Kansas')).toBe(true);
    expect(namesState('Arkansas breach law', 'Kansas')).toBe(false);
    expect(namesState("Texas's AI law", 'Texas')).toBe(true);
  });
  test('does not read "West Virginia" as Virginia, but finds Virginia beside it', () => {
    expect(namesState('West Virginia records', 'Virginia')).toBe(false);
    expect(namesState('West Virginia and Virginia', 'Virginia')).toBe(true);
    expect(namesState('West Virginia records', 'West Virginia')).toBe(true);
  });
});

describe('articlesAboutState', () => {
  const articles = [
    { id: 'b', title: 'New York health privacy act vetoed', description: 'What happened.', laws: [] },
    { id: 'a', title: 'CMIA right to sue', description: 'A California law.', laws: ['ca-cmia'] },
    { id: 'c', title: 'HIPAA basics', description: 'Federal law.', laws: ['hipaa-privacy-rule'] },
  ];
  test('finds articles on the state’s laws or naming it, A-Z', () => {
    expect(articlesAboutState(articles, { name: 'California', lawIds: ['ca-cmia', 'ccpa-cpra'] }).map((a) => a.id)).toEqual(['a']);
    expect(articlesAboutState(articles, { name: 'New York', lawIds: [] }).map((a) => a.id)).toEqual(['b']);
    expect(articlesAboutState(articles, { name: 'Ohio', lawIds: [] })).toEqual([]);
  });
});
