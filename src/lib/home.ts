/** Pure choices behind the home page, unit-tested. */

/** Articles a first-time reader should start with, in reading order (checked to exist at build). */
export const startHereIds = [
  'five-steps-to-protect-your-medical-images',
  'hipaa-who-is-covered',
  'hipaa-right-to-get-copies-of-your-images',
  'ai-vendors-and-cloud-storage-of-images',
  're-identification-of-medical-images',
  'state-health-privacy-laws-compared',
] as const;

interface Dated {
  id: string;
  reviewed: Date;
}

/**
 * "Recently reviewed" says something only when review dates differ; when the newest few share one
 * date (a whole-site review), show the curated start list instead.
 */
export function homeList<T extends Dated>(articles: readonly T[], startHere: readonly string[], count = 5): { kind: 'recent' | 'start'; articles: T[] } {
  const newest = [...articles].sort((a, b) => b.reviewed.getTime() - a.reviewed.getTime()).slice(0, count);
  const distinctDays = new Set(newest.map((article) => article.reviewed.toISOString().slice(0, 10)));
  if (newest.length > 1 && distinctDays.size > 1) return { kind: 'recent', articles: newest };
  const byId = new Map(articles.map((article) => [article.id, article]));
  const missing = startHere.filter((id) => !byId.has(id));
  if (missing.length > 0) throw new Error(`The home page's start list names articles that do not exist: ${missing.join(', ')} (src/lib/home.ts)`);
  return { kind: 'start', articles: startHere.map((id) => byId.get(id)!) };
}
