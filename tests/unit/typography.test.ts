import { describe, expect, test } from 'vitest';
import { curlyQuotes, curlyQuotesHtml } from '../../src/lib/typography';

describe('curlyQuotes', () => {
  test.each([
    [`the patient's scans`, 'the patient\u2019s scans'],
    [`patients' images`, 'patients\u2019 images'],
    [`Can "anonymous" X-rays be traced?`, 'Can \u201Canonymous\u201D X-rays be traced?'],
    [`"Quoted at the start."`, '\u201CQuoted at the start.\u201D'],
    [`a 'term' in single quotes`, 'a \u2018term\u2019 in single quotes'],
    [`scanners of the '90s`, 'scanners of the \u201990s'],
    [`("de-identified")`, '(\u201Cde-identified\u201D)'],
    [`don't, can't, won't`, 'don\u2019t, can\u2019t, won\u2019t'],
    ['no quotes here', 'no quotes here'],
  ])('%s', (input, expected) => {
    expect(curlyQuotes(input)).toBe(expected);
  });

  test('a run that continues a word after markup closes its quote', () => {
    expect(curlyQuotes(`'s ruling`, 'l')).toBe('\u2019s ruling');
    expect(curlyQuotes(`" said the court`, 'd')).toBe('\u201D said the court');
    expect(curlyQuotes(`"quoted"`, ' ')).toBe('\u201Cquoted\u201D');
  });
});

describe('curlyQuotesHtml', () => {
  test('changes text, decodes quote entities in text, and leaves attributes alone', () => {
    expect(curlyQuotesHtml(`<p title="a 'b'">It&#39;s &quot;here&quot;</p>`)).toBe(`<p title="a 'b'">It\u2019s \u201Chere\u201D</p>`);
  });

  test('leaves code, scripts, styles, form fields and comments alone', () => {
    const verbatim = `<code>"x"</code><pre>it's</pre><script>const a = "b";</script><style>a::after{content:"'"}</style><textarea>"typed"</textarea><!-- it's -->`;
    expect(curlyQuotesHtml(verbatim)).toBe(verbatim);
  });

  test('reads the character before inline markup, and starts afresh at a block', () => {
    expect(curlyQuotesHtml(`<p><em>Purl v. HHS</em>'s holding</p>`)).toBe('<p><em>Purl v. HHS</em>\u2019s holding</p>');
    expect(curlyQuotesHtml(`<p>word</p><p>"new"</p>`)).toBe('<p>word</p><p>\u201Cnew\u201D</p>');
  });

  test('text after a self-closing or void element is still changed', () => {
    expect(curlyQuotesHtml(`<br/>"a"<img alt="x">it's`)).toBe('<br/>\u201Ca\u201D<img alt="x">it\u2019s');
  });
});
