/** Share images: whether the build makes them, and the font files they are drawn with. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { ShareFonts } from '../lib/share-image';

// SHARE_IMAGES=0 switches them off (big benchmark builds); pages then carry no og:image.
export const shareImagesEnabled = process.env.SHARE_IMAGES !== '0';

/** Where an article's share image is published. */
export const shareImagePath = (articleId: string) => `/og/articles/${articleId}.png`;

let fonts: Promise<ShareFonts> | undefined;

/** Atkinson Hyperlegible from its npm package (WOFF: satori reads WOFF, not WOFF2). */
export function loadShareFonts(): Promise<ShareFonts> {
  // Resolved from the project root: at build time this code runs from a bundled chunk.
  const require = createRequire(join(process.cwd(), 'package.json'));
  const file = (weight: number) => readFile(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));
  fonts ??= Promise.all([file(400), file(700)]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}
