import { describe, expect, test } from 'vitest';
import { headingTextHtml } from '../../src/lib/section-links';

describe('headingTextHtml (the section link label of an article heading)', () => {
  test('is the heading text without its inline markup', () => {
    expect(headingTextHtml('What <em>Purl v. HHS</em> decided')).toBe('What Purl v. HHS decided');
    expect(headingTextHtml('Who is <a class="term" href="/glossary/#covered-entity">covered</a>')).toBe('Who is covered');
  });

  test('keeps entities escaped, since the label is written as HTML', () => {
    expect(headingTextHtml(' Fees &amp; &lt;limits&gt; ')).toBe('Fees &amp; &lt;limits&gt;');
  });
});
