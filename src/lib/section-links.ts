/**
 * Section links for article headings (src/components/MdxHeading.astro). An article's h2 and h3 are
 * mapped to that component when the page renders the MDX, instead of being wrapped by a rehype
 * plugin at compile time: the wrapper, link and label compiled into every article's JavaScript made
 * each article module about half again as large, which cost the build more than anything else the
 * site adds (docs/decisions.md, "Build cost").
 */

/** A heading's plain text from its rendered HTML: tags dropped, entities left as they are (the label is written as HTML). */
export function headingTextHtml(html: string): string {
  return html.replace(/<[^>]*>/g, '').trim();
}
