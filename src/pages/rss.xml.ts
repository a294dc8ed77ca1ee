import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getFeedList } from '../data/articles';
import { strings, topicLabels } from '../strings/en';
import { pageUrl } from '../data/site';

/** RSS feed of articles, newest publication first. */
export const GET: APIRoute = async () => {
  const articles = await getFeedList();
  const self = pageUrl('/rss.xml');
  return rss({
    title: `${strings.siteName}: ${strings.rssTitle}`,
    description: strings.tagline,
    site: pageUrl('/'),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>en-us</language><copyright>${strings.licence}; credit: ${strings.credit}</copyright><atom:link href="${self}" rel="self" type="application/rss+xml"/>`,
    items: articles.map((article) => ({
      title: article.title,
      description: article.description,
      link: pageUrl(`/articles/${article.id}/`),
      pubDate: article.published,
      categories: article.topics.map((topic) => topicLabels[topic] ?? topic),
    })),
  });
};
