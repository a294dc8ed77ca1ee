/**
 * What every built page must hold for the Content-Security-Policy to work without exceptions:
 * the policy as a meta tag, and nothing inline that the policy would block (or that would need
 * 'unsafe-inline' or a hash): no inline executable script, no style attribute or <style> element,
 * no on* event handler, no javascript: URL. Pure: pass the HTML text in.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** Script types that are data blocks, never run by the browser, so the CSP does not apply to them. */
const dataBlockTypes = new Set(['application/json', 'application/ld+json']);

/** Attributes that hold a URL a browser may follow or load. */
const urlAttributes = new Set(['href', 'src', 'action', 'formaction', 'xlink:href']);

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children = 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if ('content' in node && node.content) yield* elements(node.content as Node);
}

function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

function describe(element: Element): string {
  const line = element.sourceCodeLocation?.startLine;
  const id = attribute(element, 'id');
  const className = attribute(element, 'class');
  return `<${element.tagName}${id ? `#${id}` : ''}${className ? `.${className.trim().split(/\s+/).join('.')}` : ''}>${line ? ` (line ${line})` : ''}`;
}

/** Every breach of the page policy in one HTML document, as lines a person can act on. */
export function checkHtmlPolicy(html: string, policy: string): string[] {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const problems: string[] = [];
  const cspMetas: Element[] = [];
  for (const element of elements(document)) {
    const tag = element.tagName;
    if (tag === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'content-security-policy') cspMetas.push(element);
    if (tag === 'script') {
      const type = (attribute(element, 'type') ?? '').trim().toLowerCase();
      const src = attribute(element, 'src');
      if (dataBlockTypes.has(type)) {
        if (src !== undefined) problems.push(`${describe(element)}: a JSON data block must be inline, not loaded with src`);
      } else if (src === undefined) {
        problems.push(`${describe(element)}: inline script (move it to a file loaded with src; the CSP blocks inline scripts)`);
      } else if (/^(https?:)?\/\//i.test(src)) {
        problems.push(`${describe(element)}: script from another origin (${src})`);
      }
    }
    if (tag === 'style') problems.push(`${describe(element)}: <style> element (move the rules to src/styles/global.css)`);
    for (const attr of element.attrs) {
      if (attr.name === 'style') problems.push(`${describe(element)}: style attribute "${attr.value}" (use a class)`);
      if (/^on[a-z]+$/.test(attr.name)) problems.push(`${describe(element)}: inline event handler ${attr.name} (use an island script)`);
      if (urlAttributes.has(attr.name) && /^\s*javascript:/i.test(attr.value)) problems.push(`${describe(element)}: javascript: URL in ${attr.name}`);
    }
  }
  if (cspMetas.length === 0) problems.push('no <meta http-equiv="Content-Security-Policy"> in <head>');
  if (cspMetas.length > 1) problems.push(`${cspMetas.length} Content-Security-Policy meta tags; expected one`);
  for (const meta of cspMetas) {
    const content = attribute(meta, 'content');
    if (content !== policy) problems.push(`${describe(meta)}: CSP meta tag is "${content}", expected "${policy}" (src/lib/security.ts)`);
    const parent = meta.parentNode;
    if (!parent || !('tagName' in parent) || parent.tagName !== 'head') problems.push(`${describe(meta)}: the CSP meta tag must be in <head>`);
  }
  return problems;
}
