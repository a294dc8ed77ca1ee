/**
 * <copy-tools>: the one enhancement script of reading pages (docs/decisions.md: at most 5 KB gzipped,
 * an external file). The element is the page's status line. It
 * - shows the copy buttons of "Cite this page" (hidden without JavaScript, where they could not
 *   work) and copies a citation with the reader's own access date filled in, as plain text and,
 *   where the browser allows, as HTML that keeps the style's italics;
 * - makes each section link (a plain #id link without JavaScript) also copy the section's full URL.
 * Messages come from data-* attributes, so no strings are bundled here. Copied citations name the
 * address the reader is on: the build's site URL (data-site) is swapped for this origin and base.
 */
import { fillAccessDate, localDay, type AccessStyle } from '../lib/access-date';

class CopyTools extends HTMLElement {
  #timer: ReturnType<typeof setTimeout> | undefined;

  connectedCallback() {
    for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy-target]')) button.hidden = false;
    document.addEventListener('click', this.#onClick);
  }

  disconnectedCallback() {
    document.removeEventListener('click', this.#onClick);
  }

  #onClick = (event: MouseEvent) => {
    const target = event.target instanceof Element ? event.target : null;
    const sectionLink = target?.closest<HTMLAnchorElement>('a[data-section-link]');
    if (sectionLink) {
      // The link still moves to the section; the copy is extra.
      void this.#copy(sectionLink.href, undefined, this.dataset.linkCopied);
      return;
    }
    const button = target?.closest<HTMLButtonElement>('button[data-copy-target]');
    const source = button && document.getElementById(button.dataset.copyTarget ?? '');
    if (!button || !source) return;
    const style = button.dataset.accessStyle as AccessStyle | undefined;
    const today = localDay(new Date());
    const built = this.dataset.site;
    const here = new URL(import.meta.env.BASE_URL, location.origin).href;
    const bare = (url: string) => url.replace(/^https?:\/\//, '');
    // MLA names the URL without its scheme, so both spellings are swapped.
    const local = (text: string) => (built && built !== here ? text.replaceAll(built, here).replaceAll(bare(built), bare(here)) : text);
    const fill = (text: string) => local(style ? fillAccessDate(text, style, today) : text);
    const plain = source.tagName === 'PRE' ? (source.textContent ?? '') : (source.textContent ?? '').replace(/\s+/g, ' ').trim();
    const html = source.tagName === 'PRE' ? undefined : fill(source.innerHTML.trim());
    void this.#copy(fill(plain), html, button.dataset.copied ?? this.dataset.copied, source);
  };

  async #copy(text: string, html: string | undefined, message: string | undefined, source?: Element) {
    try {
      if (html !== undefined && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
        const blob = (type: string, value: string) => new Blob([value], { type });
        await navigator.clipboard.write([new ClipboardItem({ 'text/plain': blob('text/plain', text), 'text/html': blob('text/html', html) })]);
      } else {
        await navigator.clipboard.writeText(text);
      }
      this.#say(message ?? '');
    } catch {
      // No clipboard (an insecure origin, or permission refused): select the text for the reader.
      if (source) getSelection()?.selectAllChildren(source);
      this.#say(this.dataset.failed ?? '');
    }
  }

  #say(message: string) {
    clearTimeout(this.#timer);
    this.textContent = message;
    this.#timer = setTimeout(() => (this.textContent = ''), 5000);
  }
}

customElements.define('copy-tools', CopyTools);
