import { describe, expect, test } from 'vitest';
import { roughEdges, visibleText } from '../../scripts/lib/rough-edges';

describe('roughEdges', () => {
  test('finds a sentence run into the next across an inline element', () => {
    expect(roughEdges('<p>Offices give personal stories the most weight.<a href="/x">Personalize</a> it</p>')).toEqual([
      { rule: 'glued-sentence', excerpt: expect.stringContaining('weight.Personalize') },
    ]);
  });
  test('finds a separator without its spaces', () => {
    expect(roughEdges('<p class="meta">Reviewed <time>November 25, 2026</time>· Take action</p>').map((e) => e.rule)).toEqual(['glued-separator']);
    expect(roughEdges('<p>Reviewed <time>November 25, 2026</time> · Take action</p>')).toEqual([]);
  });
  test('finds "in District of Columbia" but not "in the District of Columbia"', () => {
    expect(roughEdges('<p>Laws that apply in District of Columbia</p>').map((e) => e.rule)).toEqual(['district-article']);
    expect(roughEdges('<p>Laws that apply in the District of Columbia</p><h1>District of Columbia</h1>')).toEqual([]);
  });
  test('does not flag block boundaries, domains, file names or URLs', () => {
    expect(
      roughEdges(
        '<li>First item.</li><li>Second item.</li><p>See HHS.gov and coverage.json at https://www.ecfr.gov/Current.Title, 220 Cal.App.4th 549 (Public.Law)</p>',
      ),
    ).toEqual([]);
  });
  test('reads no code, script or form text', () => {
    expect(visibleText('<p>a</p><script>x.Y</script><code>y.Zed</code>')).not.toMatch(/Y|Zed/);
  });
});

describe('roughEdges: one quote style', () => {
  test('finds straight quotes in text, curly ones pass, inch marks after a digit pass', () => {
    expect(roughEdges(`<p>The patient's "anonymous" scan</p>`).map((e) => e.rule)).toEqual(['straight-quote', 'straight-quote', 'straight-quote']);
    expect(roughEdges('<p>The patient\u2019s \u201Canonymous\u201D scan on 8.5" paper</p>')).toEqual([]);
  });
});

describe('roughEdges: quotes turned the right way', () => {
  test('finds an opening quote before a space, a closing one opening a word, and ‘s', () => {
    // Both quotes of "“; “." are wrong (one before ";", one before "."), then "‘s" and "”word".
    expect(roughEdges('<p>separated by \u201C; \u201C. The court\u2018s view, a \u201Dword\u201D</p>').map((e) => e.rule)).toEqual(
      Array(4).fill('misdirected-quote'),
    );
    expect(roughEdges('<p>The court\u2019s \u201Cview\u201D (WPES \u201906)</p>')).toEqual([]);
  });
});
