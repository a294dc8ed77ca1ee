import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { isolatedTestFiles } from '../isolated-files';

/** Every .test.ts file under a folder, as a path from the repository root. */
function testFiles(folder: string): string[] {
  return readdirSync(folder, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.ts'))
    .map((file) => join(folder, file));
}

test('every unit or content test file that mocks modules or stubs globals runs isolated, and only those', () => {
  const mocking = [...testFiles('tests/unit'), ...testFiles('tests/content')].filter((file) =>
    /\bvi\.(mock|doMock|stubGlobal|stubEnv)\(/.test(readFileSync(file, 'utf8')),
  );
  expect(mocking.sort()).toEqual([...isolatedTestFiles].sort());
});
