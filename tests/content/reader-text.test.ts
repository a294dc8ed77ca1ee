/**
 * Internal change notes never reach readers: every reader-facing text field of the real content
 * (change history, titles, descriptions, takeaways, questions, short answers) is free of notes
 * such as "replaces the short sample entry" or "TODO".
 */
import { describe, expect, test, vi } from 'vitest';
import { internalNotes } from '../../src/lib/reader-text';
import { loadContent } from '../helpers/load-content';

const readerFields = ['title', 'description', 'summary', 'shortAnswer', 'takeaways', 'questions', 'readerQuestions', 'changes'];

/** Every string under a reader-facing field, with its path. */
function texts(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => texts(item, `${path}.${i}`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => texts(item, `${path}.${key}`));
  return [];
}

// Reading all of content/ takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

describe('internal notes', () => {
  test('are recognised', () => {
    expect(internalNotes('First published (replaces the short sample entry).')).not.toEqual([]);
    expect(internalNotes('TODO: check the date')).not.toEqual([]);
    expect(internalNotes('Corrected the 30-day deadline; added sample wording for the request.')).toEqual([]);
  });

  test('never appear in the reader-facing fields of content/', () => {
    const found = loadContent('content').entries.flatMap((entry) =>
      readerFields.flatMap((field) =>
        texts(entry.data[field], field).flatMap(([path, text]) => internalNotes(text).map((note) => `${entry.file}: ${path}: "${note}"`)),
      ),
    );
    expect(found.join('\n')).toBe('');
  });

  test('never appear as TODO or FIXME in an article body', () => {
    const found = loadContent('content')
      .entries.filter((entry) => entry.body && /\b(?:TODO|FIXME|TBD)\b/.test(entry.body))
      .map((entry) => entry.file);
    expect(found).toEqual([]);
  });
});
