import { describe, expect, test } from 'vitest';
import { loadRedirects } from '../../src/integrations/redirects';

describe('content/redirects.yaml', () => {
  test('is valid: root-relative paths, no duplicates, loops or chains', () => {
    expect(() => loadRedirects()).not.toThrow();
  });
  test('is optional: a content folder without one has no redirects', () => {
    expect(loadRedirects('tests/content/fixtures/valid/redirects.yaml')).toEqual([]);
  });
  test('names the file and the field when an entry is wrong', () => {
    expect(() => loadRedirects('tests/content/fixtures/bad-redirects.yaml')).toThrow(
      /tests\/content\/fixtures\/bad-redirects\.yaml: redirects\.0\.from: Expected a root-relative path/,
    );
  });
});
