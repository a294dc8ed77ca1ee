/** Open Graph metadata for article pages. */
import { shareImagePath, shareImagesEnabled } from './share-images';
import { strings } from '../strings/en';
import { absoluteUrl } from '../lib/site-url';
import { base } from './site';

/** Open Graph extras a page can pass to BaseLayout. */
export interface SocialProps {
  type?: 'website' | 'article';
  /** Absolute URL of a 1200 x 630 PNG on this site. */
  image?: string | undefined;
  imageAlt?: string;
  published?: Date;
  modified?: Date | undefined;
}

/** An article's share card and dates; no image when the build has share images switched off. */
export function getArticleSocial(
  view: { id: string; data: { title: string; published: Date }; updated: Date | undefined },
  site: URL | undefined,
): SocialProps {
  return {
    type: 'article',
    image: shareImagesEnabled && site ? absoluteUrl(shareImagePath(view.id), site, base) : undefined,
    imageAlt: `${view.data.title} (${strings.siteName})`,
    published: view.data.published,
    modified: view.updated,
  };
}
