/**
 * Every published article, law and situation starts with a short answer in plain language:
 * at most 50 words (the schema also says so), a reading level a reader can manage, and the
 * questions in readers' own words that the page answers (shown on the page, weighted in search).
 */
import { describe, expect, test } from 'vitest';
import { gradeLevel, wordCount } from '../../src/lib/readability';
import { loadContent } from '../helpers/load-content';

const { entries } = loadContent('content');
const published = entries.filter(
  (entry) => ['articles', 'laws', 'scenarios'].includes(entry.collection) && entry.data.draft !== true,
);
/** Flesch-Kincaid grade ceiling: the aim is about 8th grade; law names and legal terms push some higher. */
const maxGrade = 12;

describe('short answers', () => {
  test('every published article, law and situation has one, within 50 words', () => {
    const problems = published.flatMap((entry) => {
      const answer = entry.data.shortAnswer;
      if (typeof answer !== 'string' || answer.trim() === '') return [`${entry.file}: shortAnswer is missing`];
      const words = wordCount(answer);
      return words > 50 ? [`${entry.file}: shortAnswer has ${words} words (at most 50)`] : [];
    });
    expect(problems.join('\n')).toBe('');
  });

  test(`articles and situations read at or below grade ${maxGrade} (Flesch-Kincaid); every spread is reported`, () => {
    const withAnswer = entries.filter((entry) => typeof entry.data.shortAnswer === 'string' && entry.data.draft !== true);
    for (const collection of ['articles', 'scenarios', 'laws', 'states']) {
      const grades = withAnswer
        .filter((entry) => entry.collection === collection)
        .map((entry) => gradeLevel(entry.data.shortAnswer as string))
        .sort((a, b) => a - b);
      if (grades.length === 0) continue;
      const at = (p: number) => grades[Math.floor(p * (grades.length - 1))]!.toFixed(1);
      console.info(`Short answers, ${collection}: ${grades.length}, Flesch-Kincaid grade min ${at(0)}, quartiles ${at(0.25)} / ${at(0.5)} / ${at(0.75)}, max ${at(1)}`);
    }
    // Law and state answers name statutes and agencies, which the formula scores as hard words: reported, not gated.
    const gated = withAnswer.filter((entry) => entry.collection === 'articles' || entry.collection === 'scenarios');
    const hard = gated.map((entry) => ({ file: entry.file, grade: gradeLevel(entry.data.shortAnswer as string) })).filter((g) => g.grade > maxGrade);
    expect(hard.map((g) => `${g.file}: grade ${g.grade.toFixed(1)}`)).toEqual([]);
  });

  test('every published article, law and situation lists the questions it answers', () => {
    const missing = published.filter((entry) => !Array.isArray(entry.data.readerQuestions) || entry.data.readerQuestions.length === 0);
    expect(missing.map((entry) => entry.file)).toEqual([]);
  });

  test('state short answers, where written, are within 50 words', () => {
    const long = entries
      .filter((entry) => entry.collection === 'states' && typeof entry.data.shortAnswer === 'string')
      .filter((entry) => wordCount(entry.data.shortAnswer as string) > 50);
    expect(long.map((entry) => entry.file)).toEqual([]);
  });
});
