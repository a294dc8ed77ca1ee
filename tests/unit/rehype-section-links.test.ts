import { VFile } from 'vfile';
import { describe, expect, test } from 'vitest';
import { rehypeSectionLinks } from '../../src/plugins/rehype-section-links';

type El = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: El[]; value?: string };
const h = (tagName: string, children: (El | string)[], properties: Record<string, unknown> = {}): El => ({
  type: 'element',
  tagName,
  properties,
  children: children.map((child) => (typeof child === 'string' ? { type: 'text', value: child } : child)),
});

function run(children: El[]) {
  const tree: El = { type: 'root', children };
  const file = new VFile({ path: 'content/articles/example.mdx' });
  rehypeSectionLinks()(tree as never, file as never);
  return { tree, headings: (file.data as { astro: { headings: { slug: string; text: string }[] } }).astro.headings };
}

describe('rehypeSectionLinks', () => {
  test('wraps each h2 and h3 with a link to its own id after it', () => {
    const { tree } = run([h('h2', ['Why it matters']), h('p', ['Text.']), h('h3', ['Two ways'])]);
    const [first, paragraph, second] = tree.children!;
    expect(first).toMatchObject({ tagName: 'div', properties: { className: ['heading-wrap', 'heading-wrap--h2'] } });
    expect(first!.children![0]).toMatchObject({ tagName: 'h2', properties: { id: 'why-it-matters' } });
    expect(first!.children![1]).toMatchObject({ tagName: 'a', properties: { href: '#why-it-matters', dataSectionLink: '' } });
    expect(paragraph!.tagName).toBe('p');
    expect(second!.children![0]).toMatchObject({ tagName: 'h3', properties: { id: 'two-ways' } });
  });

  test('names the link after the heading, for screen readers, and hides the # sign from them', () => {
    const { tree } = run([h('h2', ['Who is ', h('a', ['covered'], { href: '/glossary/#covered-entity' })])]);
    const link = tree.children![0]!.children![1]!;
    expect(link.children![0]).toMatchObject({ properties: { ariaHidden: 'true' }, children: [{ value: '#' }] });
    expect(link.children![1]).toMatchObject({ children: [{ value: 'Link to this section: Who is covered' }] });
  });

  test('gives the same ids Astro gives, and keeps an id an author set', () => {
    const { headings } = run([h('h2', ['Same']), h('h2', ['Same']), h('h3', ['Own'], { id: 'mine' })]);
    expect(headings.map((heading) => heading.slug)).toEqual(['same', 'same-1', 'mine']);
  });

  test('leaves other heading levels alone', () => {
    const { tree } = run([h('h4', ['Small'])]);
    expect(tree.children![0]!.tagName).toBe('h4');
  });
});
