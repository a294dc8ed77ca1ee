import type { APIRoute } from 'astro';
import { getPublishedArticles, type Article } from '../../../data/articles';
import { loadShareFonts, shareImagesEnabled } from '../../../data/share-images';
import { renderShareImage } from '../../../lib/share-image';
import { smartQuotes } from '../../../lib/headline-case';
import { strings, topicLabels } from '../../../strings/en';

// SHARE_IMAGES=0 builds no images (and pages then name none).
export async function getStaticPaths() {
  if (!shareImagesEnabled) return [];
  return (await getPublishedArticles()).map((article) => ({ params: { id: article.id }, props: { article } }));
}

/** An article's Open Graph card, drawn at build time. */
export const GET: APIRoute = async ({ props }) => {
  const { article } = props as { article: Article };
  const topic = article.data.topics.map((t) => topicLabels[t] ?? t).join(' · ');
  const png = await renderShareImage(
    { kicker: `Article · ${topic}`, title: smartQuotes(article.data.title), siteName: strings.siteName, tagline: strings.tagline },
    await loadShareFonts(),
  );
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
};
