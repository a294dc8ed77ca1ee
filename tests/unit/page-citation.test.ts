import { describe, expect, test } from 'vitest';
import { ACCESS_PLACEHOLDER, fillAccessDate, formatDay, localDay, utcDay } from '../../src/lib/access-date';
import { apaSubtitleCase, headlineCase, quoteTitle, smartQuotes } from '../../src/lib/headline-case';
import { accessStyles, citePage, formatApa, htmlToText, formatBibtex, formatChicago, formatMla, toCslItem, type PageMeta } from '../../src/lib/page-citation';

const page: PageMeta = {
  key: 'whoprotectsmyscans-article-hipaa-de-identification-safe-harbor',
  title: 'What does "de-identified" mean for my X-rays and MRIs under HIPAA?',
  url: 'https://example.org/articles/hipaa-de-identification-safe-harbor/',
  issued: new Date('2026-11-25T00:00:00Z'),
  siteName: 'Who Protects My Scans?',
  author: 'Who Protects My Scans? contributors',
};
const lawPage: PageMeta = {
  key: 'whoprotectsmyscans-law-hipaa-privacy-rule',
  title: 'HIPAA Privacy Rule',
  url: 'https://example.org/laws/hipaa-privacy-rule/',
  issued: new Date('2026-09-01T00:00:00Z'),
  siteName: 'Who Protects My Scans?',
  author: 'Who Protects My Scans? contributors',
};
// The reader's day, injected: tests never read the clock.
const readerDay = { year: 2026, month: 12, day: 5 };

describe('formatDay', () => {
  test('writes MLA dates with MLA month abbreviations', () => {
    expect(formatDay('mla', { year: 2026, month: 9, day: 3 })).toBe('3 Sept. 2026');
    expect(formatDay('mla', { year: 2026, month: 6, day: 30 })).toBe('30 June 2026');
  });
  test('writes Chicago dates in full', () => {
    expect(formatDay('chicago', readerDay)).toBe('December 5, 2026');
  });
  test('writes ISO days with leading zeros', () => {
    expect(formatDay('iso', { year: 2026, month: 1, day: 9 })).toBe('2026-01-09');
  });
});

describe('localDay and utcDay', () => {
  test('read the reader’s local calendar day', () => {
    expect(localDay(new Date(2026, 11, 5, 23, 59))).toEqual(readerDay);
  });
  test('read a build date in UTC', () => {
    expect(utcDay(new Date('2026-11-25T00:00:00Z'))).toEqual({ year: 2026, month: 11, day: 25 });
  });
});

describe('fillAccessDate', () => {
  test('replaces the placeholder with the day in the given style', () => {
    expect(fillAccessDate(`Accessed ${ACCESS_PLACEHOLDER}.`, 'mla', readerDay)).toBe('Accessed 5 Dec. 2026.');
  });
  test('gives what the build gives for the same day, in every format with an access date', async () => {
    const blank = await citePage(page);
    const dated = await citePage(page, readerDay);
    expect(fillAccessDate(blank.mla.text, accessStyles.mla, readerDay)).toBe(dated.mla.text);
    expect(fillAccessDate(blank.mla.html, accessStyles.mla, readerDay)).toBe(dated.mla.html);
    expect(fillAccessDate(blank.chicago.text, accessStyles.chicago, readerDay)).toBe(dated.chicago.text);
    expect(fillAccessDate(blank.bibtex, accessStyles.bibtex, readerDay)).toBe(dated.bibtex);
  }, 30_000);
});

describe('headlineCase', () => {
  test('capitalises principal words and keeps minor words low', () => {
    expect(headlineCase('5 steps to protect your X-rays, MRIs and CT scans from misuse')).toBe('5 Steps to Protect Your X-Rays, MRIs and CT Scans from Misuse');
  });
  test('capitalises the first word after a question mark or colon, and the last word', () => {
    expect(headlineCase('Health apps outside HIPAA: the FTC’s rule explained')).toBe('Health Apps Outside HIPAA: The FTC’s Rule Explained');
    expect(headlineCase('How to limit what companies do with it')).toBe('How to Limit What Companies Do with It');
    expect(headlineCase('Can I sue? The CMIA and its $1,000 rule')).toBe('Can I Sue? The CMIA and Its $1,000 Rule');
  });
  test('keeps a prefix compound’s second part low and words inside quotes cased', () => {
    expect(headlineCase('Can "anonymous" scans be traced? Re-identification explained')).toBe('Can "Anonymous" Scans Be Traced? Re-identification Explained');
  });
  test('hyphenated compounds: MLA capitalises every principal element, Chicago not after a prefix (CMOS 8.161)', () => {
    expect(headlineCase('what de-identified means for AI-generated reports on x-rays', 'mla')).toBe(
      'What De-Identified Means for AI-Generated Reports on X-Rays',
    );
    expect(headlineCase('what de-identified means for AI-generated reports on x-rays', 'chicago')).toBe(
      'What De-identified Means for AI-Generated Reports on X-Rays',
    );
    expect(headlineCase('an out-of-pocket cost', 'mla')).toBe('An Out-of-Pocket Cost');
  });
  test('never lowers a word that already has a capital', () => {
    expect(headlineCase('the EU AI Act and U.S. law')).toBe('The EU AI Act and U.S. Law');
  });
});

describe('apaSubtitleCase', () => {
  test('capitalises the first word after a colon and nothing else', () => {
    expect(apaSubtitleCase('State health privacy laws compared: which state laws protect my images?')).toBe(
      'State health privacy laws compared: Which state laws protect my images?',
    );
    expect(apaSubtitleCase('Does HIPAA cover my scans? Who has to follow HIPAA')).toBe('Does HIPAA cover my scans? Who has to follow HIPAA');
  });
});

describe('smartQuotes and quoteTitle', () => {
  test('turn straight quotes into typographic ones', () => {
    expect(smartQuotes(`The "safe harbor" and the hospital's 'notice'`)).toBe('The “safe harbor” and the hospital’s ‘notice’');
  });
  test('turn a title’s double quotes into single ones inside a quoted title', () => {
    expect(quoteTitle('What does "de-identified" mean?')).toBe('What does ‘de-identified’ mean?');
  });
});

describe('toCslItem', () => {
  test('describes the page as a CSL-JSON webpage by an organisation', () => {
    expect(toCslItem(page)).toEqual({
      id: 'whoprotectsmyscans-article-hipaa-de-identification-safe-harbor',
      'citation-key': 'whoprotectsmyscans_article_hipaa_de_identification_safe_harbor',
      type: 'webpage',
      title: 'What does "de-identified" mean for my X-rays and MRIs under HIPAA?',
      author: [{ literal: 'Who Protects My Scans? contributors' }],
      'container-title': 'Who Protects My Scans?',
      issued: { 'date-parts': [[2026, 11, 25]] },
      URL: 'https://example.org/articles/hipaa-de-identification-safe-harbor/',
    });
  });
  test('adds the access date only when one is given', () => {
    expect(toCslItem(page, readerDay).accessed).toEqual({ 'date-parts': [[2026, 12, 5]] });
  });
});

describe('formatApa', () => {
  test('gives the APA 7 entry for an article, with the title in italics in HTML', async () => {
    expect(await formatApa(page)).toEqual({
      text: 'Who Protects My Scans? contributors. (2026, November 25). What does “de-identified” mean for my X-rays and MRIs under HIPAA? Who Protects My Scans? https://example.org/articles/hipaa-de-identification-safe-harbor/',
      html: 'Who Protects My Scans? contributors. (2026, November 25). <i>What does “de-identified” mean for my X-rays and MRIs under HIPAA?</i> Who Protects My Scans? https://example.org/articles/hipaa-de-identification-safe-harbor/',
    });
  });
  test('capitalises a subtitle after a colon, as APA asks', async () => {
    expect((await formatApa({ ...lawPage, title: 'Health apps outside HIPAA: the FTC rule explained' })).text).toContain(
      '(2026, September 1). Health apps outside HIPAA: The FTC rule explained. Who Protects My Scans?',
    );
  });
  test('gives the same text as citation-js’s own text output, ampersands included', async () => {
    const { Cite } = await import('@citation-js/core');
    await import('@citation-js/plugin-csl');
    const tricky = { ...lawPage, title: 'Health & safety code: "records" <of> images' };
    const cased = { ...tricky, title: apaSubtitleCase(tricky.title) };
    const own = String(new Cite(toCslItem(cased)).format('bibliography', { template: 'apa', lang: 'en-US', format: 'text' })).trim();
    expect((await formatApa(tricky)).text).toBe(own);
    expect(own).toContain('Health & safety code: “Records” <of> images.');
  }, 120_000); // citeproc starts cold: slow on a busy machine
  test('gives the APA 7 entry for a law page', async () => {
    expect((await formatApa(lawPage)).text).toBe(
      'Who Protects My Scans? contributors. (2026, September 1). HIPAA Privacy Rule. Who Protects My Scans? https://example.org/laws/hipaa-privacy-rule/',
    );
  });
});

describe('htmlToText', () => {
  test('drops tags and decodes character references', () => {
    expect(htmlToText('<i>A &#38; B &lt;C&gt; &#x2019;</i>')).toBe('A & B <C> ’');
  });
});

describe('formatMla', () => {
  test('gives the MLA 9 entry with the placeholder when no access date is known', () => {
    expect(formatMla(page)).toEqual({
      text: 'Who Protects My Scans? contributors. “What Does ‘De-Identified’ Mean for My X-Rays and MRIs under HIPAA?” Who Protects My Scans?, 25 Nov. 2026, example.org/articles/hipaa-de-identification-safe-harbor/. Accessed [date accessed].',
      html: 'Who Protects My Scans? contributors. “What Does ‘De-Identified’ Mean for My X-Rays and MRIs under HIPAA?” <i>Who Protects My Scans?</i>, 25 Nov. 2026, example.org/articles/hipaa-de-identification-safe-harbor/. Accessed [date accessed].',
    });
  });
  test('puts a period inside the quotes of a title that does not end in a question mark', () => {
    expect(formatMla(lawPage, readerDay).text).toBe(
      'Who Protects My Scans? contributors. “HIPAA Privacy Rule.” Who Protects My Scans?, 1 Sept. 2026, example.org/laws/hipaa-privacy-rule/. Accessed 5 Dec. 2026.',
    );
  });
});

describe('formatChicago', () => {
  test('gives the Chicago bibliography entry for a web page', () => {
    expect(formatChicago(page, readerDay).text).toBe(
      'Who Protects My Scans? contributors. “What Does ‘De-identified’ Mean for My X-Rays and MRIs under HIPAA?” Who Protects My Scans? November 25, 2026. Accessed December 5, 2026. https://example.org/articles/hipaa-de-identification-safe-harbor/.',
    );
  });
  test('shows the placeholder without an access date', () => {
    expect(formatChicago(lawPage).text).toBe(
      'Who Protects My Scans? contributors. “HIPAA Privacy Rule.” Who Protects My Scans? September 1, 2026. Accessed [date accessed]. https://example.org/laws/hipaa-privacy-rule/.',
    );
  });
});

describe('formatBibtex', () => {
  test('gives a BibTeX @misc entry keyed by the page, with the access date in its note', () => {
    expect(formatBibtex(page, readerDay)).toBe(
      [
        '@misc{whoprotectsmyscans_article_hipaa_de_identification_safe_harbor,',
        '\tnote = {[Online; accessed 2026-12-05]},',
        '\tauthor = {{Who Protects My Scans? contributors}},',
        '\tyear = {2026},',
        '\tmonth = nov,',
        '\tdate = {2026-11-25},',
        '\ttitle = {What does "de-identified" mean for my {X}-rays and {MRIs} under {HIPAA}?},',
        '\turl = {https://example.org/articles/hipaa-de-identification-safe-harbor/},',
        '}',
      ].join('\n'),
    );
  });
  test('names the month as a BibTeX macro, the day in date, and the URL once', () => {
    const entry = formatBibtex(lawPage);
    expect(entry).toContain('\tmonth = sep,');
    expect(entry).toContain('\tdate = {2026-09-01},');
    expect(entry.match(/https:\/\/example\.org/g)).toHaveLength(1);
    expect(entry).not.toContain('howpublished');
  });
  test('carries the placeholder when no access date is known', () => {
    expect(formatBibtex(lawPage)).toContain('\tnote = {[Online; accessed [date accessed]]},');
  });
});

describe('citePage', () => {
  test('leaves the access date out of the CSL-JSON download', async () => {
    expect((await citePage(page, readerDay)).csl.accessed).toBeUndefined();
  });
});
