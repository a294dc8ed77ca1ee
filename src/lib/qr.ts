/**
 * A QR code as inline SVG, drawn at build time (no request when the page is viewed) with `qr`
 * (paulmillr/qr: zero dependencies). Our own SVG from the module matrix: one path, no style
 * attribute (the CSP allows none), a <title> for assistive technology, a 4-module quiet zone.
 */
import encodeQR from 'qr';

const escapeXml = (text: string) => text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

/** The module matrix (true = dark) of a QR code for `text`, medium error correction. */
export function qrMatrix(text: string): boolean[][] {
  const raw = encodeQR(text, 'raw', { ecc: 'medium' });
  // `qr` adds its own light border; keep the symbol alone (finder patterns touch every edge).
  const rows = raw.map((row, y) => (row.some(Boolean) ? y : -1)).filter((y) => y >= 0);
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  return raw.slice(first, last + 1).map((row) => row.slice(first, last + 1));
}

/** An SVG QR code for `text`, labelled `label`. */
export function qrCodeSvg(text: string, label: string, quiet = 4): string {
  const matrix = qrMatrix(text);
  const size = matrix.length + quiet * 2;
  const path = matrix.flatMap((row, y) => row.map((dark, x) => (dark ? `M${x + quiet} ${y + quiet}h1v1h-1z` : ''))).join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" role="img" aria-label="${escapeXml(label)}" shape-rendering="crispEdges">` +
    `<title>${escapeXml(label)}</title><rect width="${size}" height="${size}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`
  );
}
