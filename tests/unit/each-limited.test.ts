import { expect, test } from 'vitest';
import { eachLimited } from '../../src/lib/each-limited';

test('eachLimited runs every item, never more than the limit at once', async () => {
  let running = 0;
  let most = 0;
  const done: number[] = [];
  await eachLimited([...Array(50).keys()], 4, async (item) => {
    running++;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, 1));
    done.push(item);
    running--;
  });
  expect(done.sort((a, b) => a - b)).toEqual([...Array(50).keys()]);
  expect(most).toBe(4);
});
