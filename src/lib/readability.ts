/**
 * Reading level of short plain-language text (short answers): Flesch-Kincaid grade from wooorm's
 * `flesch-kincaid` formula and `syllable` counter. Numbers, acronyms and section signs are words
 * like any other; a sentence ends at ., ! or ? followed by a space or the end.
 */
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

export function wordsOf(text: string): string[] {
  return text
    .split(/\s+/)
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
}

/** Words as the schemas count them (whitespace-separated), so the test and the schema agree. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

export function sentenceCount(text: string): number {
  return Math.max(1, text.split(/[.!?]+(?:\s|$)/).filter((part) => part.trim().length > 0).length);
}

/** U.S. school grade (Flesch-Kincaid) of a text. */
export function gradeLevel(text: string): number {
  const words = wordsOf(text);
  const syllables = words.reduce((total, word) => total + Math.max(1, syllable(word)), 0);
  return fleschKincaid({ sentence: sentenceCount(text), word: words.length, syllable: syllables });
}
