import { describe, expect, test } from 'vitest';
import decodeQR from 'qr/decode.js';
import { qrCodeSvg, qrMatrix } from '../../src/lib/qr';

const url = 'https://owner.example/who-protects-my-scans/articles/hipaa-de-identification-safe-harbor/';

/** The matrix as an RGBA image, `scale` pixels a module, with a quiet zone, as a camera would see it. */
function toImage(matrix: boolean[][], scale = 4, quiet = 4) {
  const size = (matrix.length + quiet * 2) * scale;
  const data = new Uint8Array(size * size * 4).fill(255);
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (!dark) return;
      for (let dy = 0; dy < scale; dy++)
        for (let dx = 0; dx < scale; dx++) {
          const i = (((y + quiet) * scale + dy) * size + (x + quiet) * scale + dx) * 4;
          data[i] = data[i + 1] = data[i + 2] = 0;
        }
    }),
  );
  return { width: size, height: size, data };
}

describe('qrCodeSvg', () => {
  test('encodes the URL so that a QR reader gets it back', () => {
    expect(decodeQR(toImage(qrMatrix(url)))).toBe(url);
  });

  test('draws one square per dark module, with a title and no style attribute', () => {
    const svg = qrCodeSvg(url, `QR code for ${url}`);
    const dark = qrMatrix(url).flat().filter(Boolean).length;
    expect(svg.match(/h1v1h-1z/g)).toHaveLength(dark);
    expect(svg).toContain(`<title>QR code for ${url}</title>`);
    expect(svg).not.toMatch(/style=/);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 (\d+) \1" role="img"/);
  });
});
