/**
 * Run `work` on every item with at most `limit` at a time. The after-build passes rewrite every
 * HTML file of `dist/`: started all at once, a 10,000-article build (22,000 pages) opened more files
 * than the system allows (EMFILE) and held every page in memory together.
 */
export async function eachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
