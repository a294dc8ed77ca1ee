import { describe, expect, test } from 'vitest';
import { gradeLevel, sentenceCount, wordCount, wordsOf } from '../../src/lib/readability';

describe('wordCount', () => {
  test('counts whitespace-separated words, as the schema does', () => {
    expect(wordCount('HIPAA does. An AI company,  too.')).toBe(6);
  });
});

describe('wordsOf', () => {
  test('drops punctuation around words but keeps numbers', () => {
    expect(wordsOf('"Yes," within 60 days.')).toEqual(['Yes', 'within', '60', 'days']);
  });
});

describe('sentenceCount', () => {
  test('ends a sentence at . ! or ? followed by a space or the end', () => {
    expect(sentenceCount('No. It does not! Why? Because 45 CFR 164.502 says so.')).toBe(4);
  });
});

describe('gradeLevel', () => {
  test('short plain sentences read at a low grade, long legal ones at a high grade', () => {
    expect(gradeLevel('You can ask. They must answer. It is free.')).toBeLessThan(3);
    expect(
      gradeLevel(
        'Notwithstanding applicable confidentiality determinations, organizational representatives administratively promulgate comprehensive authorization requirements.',
      ),
    ).toBeGreaterThan(16);
  });
});
