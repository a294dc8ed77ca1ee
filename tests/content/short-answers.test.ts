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

  test(`each reads at or below grade ${maxGrade} (Flesch-Kincaid)`, () => {
    const graded = published
      .filter((entry) => typeof entry.data.shortAnswer === 'string')
      .map((entry) => ({ file: entry.file, grade: gradeLevel(entry.data.shortAnswer as string) }));
    const sorted = graded.map((g) => g.grade).sort((a, b) => a - b);
    const at = (p: number) => sorted[Math.floor(p * (sorted.length - 1))]!.toFixed(1);
    console.info(`Short answers: ${sorted.length}, Flesch-Kincaid grade min ${at(0)}, median ${at(0.5)}, max ${at(1)}`);
    expect(graded.filter((g) => g.grade > maxGrade).map((g) => `${g.file}: grade ${g.grade.toFixed(1)}`)).toEqual([]);
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
