import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { renderShareImage, shareCardTree, titleFontSize } from '../../src/lib/share-image';

const font = (weight: number) => readFileSync(`node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`);
const card = {
  kicker: 'Article · HIPAA',
  title: 'What does "de-identified" mean for my X-rays and MRIs under HIPAA?',
  siteName: 'Who Protects My Scans?',
  tagline: 'What does and does not protect your medical images in the age of AI.',
};

describe('titleFontSize', () => {
  test('shrinks long titles', () => {
    expect(titleFontSize('Short')).toBeGreaterThan(titleFontSize('x'.repeat(120)));
  });
});

describe('shareCardTree', () => {
  test('carries the kicker, the title and the site name as text', () => {
    const text = JSON.stringify(shareCardTree(card));
    for (const part of [card.kicker, card.siteName, card.tagline]) expect(text).toContain(JSON.stringify(part));
    expect(text).toContain('de-identified');
  });
});

describe('renderShareImage', () => {
  test('draws a 1200 x 630 PNG from a font shipped in an npm package', async () => {
    const png = Buffer.from(await renderShareImage(card, { regular: font(400), bold: font(700) }));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
    if (process.env.SHARE_IMAGE_PREVIEW) (await import('node:fs')).writeFileSync(process.env.SHARE_IMAGE_PREVIEW, png);
  });
});
