/**
 * Look at a built page the way a reader would: `node scripts/screenshot.ts /gaps/ 390 dark out.png`
 * (path, viewport width, color scheme, output file; FULL=1 for the full page, SCROLL=y to scroll).
 */
import { launchBrowser } from './lib/chromium.ts';
import { startServer } from './serve.ts';

const [path = '/', width = '1280', scheme = 'light', out = 'screenshot.png'] = process.argv.slice(2);
const { server, url } = await startServer('dist');
const browser = await launchBrowser();
const context = await browser.newContext({ viewport: { width: Number(width), height: 900 }, colorScheme: scheme === 'dark' ? 'dark' : 'light' });
const page = await context.newPage();
page.on('pageerror', (error) => console.log('page error:', error.message));
await page.goto(url + path, { waitUntil: 'networkidle' });
if (process.env.SCROLL) await page.evaluate((y) => window.scrollTo(0, Number(y)), process.env.SCROLL);
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();
server.close();
console.log(`Saved ${out}`);
