import { describe, expect, test } from 'vitest';
import { formatPinLabel, formatPinUrl, pinCitation, pinSection } from '../../src/lib/citations';

const ecfr = {
  title: '45 CFR Part 164',
  url: 'https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164',
  pinUrl: 'https://www.ecfr.gov/current/title-45/section-{section}#p-{pin}',
  pinLabel: '45 CFR {pin}',
};

describe('pinSection', () => {
  test('cuts a pin at its first parenthesis', () => {
    expect(pinSection('164.514(b)(2)(i)(Q)')).toBe('164.514');
  });
  test('keeps a pin without paragraphs whole', () => {
    expect(pinSection('1798.146')).toBe('1798.146');
  });
});

describe('formatPinLabel', () => {
  test('fills the source label template', () => {
    expect(formatPinLabel(ecfr, '164.514(b)(2)')).toBe('45 CFR 164.514(b)(2)');
  });
  test('falls back to title and pin without a template', () => {
    expect(formatPinLabel({ title: 'GDPR', url: 'https://eur-lex.europa.eu/' }, 'Art. 9(1)')).toBe('GDPR, Art. 9(1)');
  });
  test('is the title when there is no pin', () => {
    expect(formatPinLabel(ecfr)).toBe('45 CFR Part 164');
  });
});

describe('formatPinUrl', () => {
  test('builds an eCFR paragraph anchor on the section page', () => {
    expect(formatPinUrl(ecfr, '164.514(b)(2)(i)(Q)')).toBe('https://www.ecfr.gov/current/title-45/section-164.514#p-164.514(b)(2)(i)(Q)');
  });
  test('encodes characters that would break the URL', () => {
    expect(formatPinUrl(ecfr, '164.5 "x"')).toBe('https://www.ecfr.gov/current/title-45/section-164.5%20%22x%22#p-164.5%20%22x%22');
  });
  test('uses the main URL without a template or pin', () => {
    expect(formatPinUrl({ title: 't', url: 'https://eur-lex.europa.eu/x' }, 'Art. 9')).toBe('https://eur-lex.europa.eu/x');
    expect(formatPinUrl(ecfr)).toBe(ecfr.url);
  });
});

describe('pinCitation', () => {
  test('gives the label and the link of one pin together', () => {
    expect(pinCitation(ecfr, '164.514(b)(2)')).toEqual({ label: formatPinLabel(ecfr, '164.514(b)(2)'), url: formatPinUrl(ecfr, '164.514(b)(2)') });
    expect(pinCitation(ecfr)).toEqual({ label: '45 CFR Part 164', url: ecfr.url });
  });
});
