/**
 * Share images (Open Graph cards) for articles, drawn at build time: satori lays the card out as
 * SVG with a font file from an npm package (@fontsource/atkinson-hyperlegible), and resvg turns the
 * SVG into a 1200 x 630 PNG. No web service and no font from elsewhere. The fonts are passed in.
 */
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';

export const shareImageSize = { width: 1200, height: 630 } as const;

export interface ShareCard {
  /** A short line above the title, e.g. "Article · HIPAA". */
  kicker: string;
  title: string;
  siteName: string;
  tagline: string;
}

export interface ShareFonts {
  regular: ArrayBuffer | Buffer;
  bold: ArrayBuffer | Buffer;
}

/** Element tree for satori (the shape React elements have; no JSX runtime needed). */
interface CardNode {
  type: string;
  props: { style?: Record<string, string | number>; children?: (CardNode | string)[] | string };
}
const box = (style: Record<string, string | number>, children: (CardNode | string)[] | string): CardNode => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/** Title size that keeps a long question on at most four lines. */
export function titleFontSize(title: string): number {
  if (title.length > 100) return 50;
  if (title.length > 60) return 58;
  return 68;
}

/** The card's layout: the site's accent color, the title large, the site name at the foot. */
export function shareCardTree(card: ShareCard): CardNode {
  // Explicit sizes: satori's layout does not shrink a long line of text to its box by itself.
  const inner = shareImageSize.width - 24 - 2 * 72;
  return box(
    {
      width: shareImageSize.width,
      height: shareImageSize.height,
      background: '#f3f5f7',
      color: '#1b1f24',
      fontFamily: 'Atkinson Hyperlegible',
    },
    [
      box({ width: 24, height: shareImageSize.height, background: '#1f5f8b' }, []),
      box({ width: inner, height: shareImageSize.height - 2 * 56, margin: '56px 72px', flexDirection: 'column', justifyContent: 'space-between' }, [
        box({ fontSize: 30, color: '#1f5f8b', fontWeight: 700 }, card.kicker),
        box({ width: inner, fontSize: titleFontSize(card.title), fontWeight: 700, lineHeight: 1.15 }, card.title),
        box({ flexDirection: 'column', fontSize: 28, color: '#4a5360' }, [
          box({ fontWeight: 700, color: '#1b1f24', fontSize: 34 }, card.siteName),
          box({}, card.tagline),
        ]),
      ]),
    ],
  );
}

/** The card as PNG bytes. */
export async function renderShareImage(card: ShareCard, fonts: ShareFonts): Promise<Uint8Array> {
  const svg = await satori(shareCardTree(card) as Parameters<typeof satori>[0], {
    ...shareImageSize,
    fonts: [
      { name: 'Atkinson Hyperlegible', data: fonts.regular, weight: 400, style: 'normal' },
      { name: 'Atkinson Hyperlegible', data: fonts.bold, weight: 700, style: 'normal' },
    ],
  });
  return new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
}
