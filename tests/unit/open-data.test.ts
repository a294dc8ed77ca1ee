import { describe, expect, test } from 'vitest';
import { Matrix, type GapModel } from '../../src/lib/gap-model';
import { coverageTable, csvCell, lawsTable, parseCsv, stateLawsTable, tableToCsv, tableToJson, type Table } from '../../src/lib/open-data';

const model: GapModel = {
  laws: [
    { id: 'fed-a', name: 'Federal A', shortName: 'A', jurisdiction: 'us', order: 1 },
    { id: 'ca-b', name: 'California B', shortName: 'B', jurisdiction: 'ca', order: 2 },
  ],
  scenarios: [{ id: 's1', title: 'One', question: 'First, "quoted"?', order: 1 }],
  cells: [
    {
      scenario: 's1',
      law: 'fed-a',
      status: 'gap',
      summary: '=HYPERLINK("http://evil.example","click")',
      detail: 'Line one.\nLine two, with a comma.',
      citations: [
        { source: 'src', pin: '1(a)' },
        { source: 'src', pin: '2' },
      ],
      fix: '-1 is not a fix; @mention neither',
      confidence: 'high',
      reviewed: new Date('2026-11-25T00:00:00Z'),
    },
    {
      scenario: 's1',
      law: 'ca-b',
      status: 'protected',
      summary: 'Fine.',
      detail: 'Ok.',
      citations: [],
      confidence: 'low',
      reviewed: new Date('2026-11-20T00:00:00Z'),
    },
  ],
};
const urls = {
  page: (path: string) => `https://example.org/repo${path}`,
  citationLabel: ({ pin }: { source: string; pin?: string }) => `§ ${pin}`,
  citationUrl: ({ pin }: { source: string; pin?: string }) => `https://law.example/#${pin}`,
};
const meta = { licence: 'https://creativecommons.org/licenses/by/4.0/', credit: 'Who Protects My Scans? contributors', version: '2026-12-06' };

/** Every CSV row, parsed back, equals its JSON row with lists joined and formula cells neutralised. */
function expectSameRows(table: Table, rowsKey = 'rows') {
  const csv = tableToCsv(table);
  const json = JSON.parse(tableToJson(table, meta, {}, rowsKey)) as Record<string, unknown>;
  const fromCsv = parseCsv(csv);
  const fromJson = (json[rowsKey] as Record<string, unknown>[]).map((row) =>
    Object.fromEntries(table.columns.map((column) => [column.name, csvText(row[column.name])])),
  );
  expect(fromCsv).toEqual(fromJson);
  expect(Object.keys(fromCsv[0] ?? {})).toEqual(table.columns.map((column) => column.name));
}
const csvText = (value: unknown) => {
  const text = value === null || value === undefined ? '' : Array.isArray(value) ? value.join('; ') : String(value);
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
};

describe('csvCell', () => {
  test('neutralises cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('a-b = c')).toBe('a-b = c');
  });
  test('quotes, joins lists and leaves null empty', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(['x', 'y'])).toBe('x; y');
    expect(csvCell(null)).toBe('');
    expect(csvCell(true)).toBe('true');
  });
});

describe('tables', () => {
  test('CSV starts with a UTF-8 byte-order mark and ends lines with CRLF', () => {
    const csv = tableToCsv(coverageTable(new Matrix(model), urls));
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'scenario,scenario_question,law,law_name,jurisdiction,status,summary,detail,fix,citations,citation_urls,confidence,reviewed,page_url',
    );
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  test('coverage: JSON and CSV hold the same rows, with page and citation URLs', () => {
    const table = coverageTable(new Matrix(model), urls);
    expect(table.rows[0]).toMatchObject({
      citations: ['§ 1(a)', '§ 2'],
      citation_urls: ['https://law.example/#1(a)', 'https://law.example/#2'],
      page_url: 'https://example.org/repo/scenarios/s1/#fed-a',
      reviewed: '2026-11-25',
    });
    expectSameRows(table, 'cells');
    expect(parseCsv(tableToCsv(table))[0]!.summary).toBe(`'=HYPERLINK("http://evil.example","click")`);
  });

  test('laws: JSON and CSV hold the same rows', () => {
    const table = lawsTable(
      [
        {
          id: 'fed-a',
          name: 'Federal A',
          shortName: 'A',
          jurisdiction: 'us',
          citation: '1 U.S.C. 1',
          url: 'https://law.example/',
          categories: ['medical-records', 'other'],
          effective: new Date('2020-01-01T00:00:00Z'),
          enforcedBy: 'HHS',
          privateRightOfAction: false,
          reviewed: new Date('2026-11-01T00:00:00Z'),
        },
      ],
      urls,
    );
    expect(table.rows[0]).toMatchObject({
      law: 'fed-a',
      categories: ['medical-records', 'other'],
      enacted: null,
      page_url: 'https://example.org/repo/laws/fed-a/',
    });
    expectSameRows(table);
  });

  test('state-laws: one row per state and law, one empty row for a state without its own law', () => {
    const table = stateLawsTable(
      [
        { code: 'wy', name: 'Wyoming', laws: [] },
        { code: 'ca', name: 'California', laws: ['ca-b'] },
      ],
      (id) => (id === 'ca-b' ? 'California B' : id),
      urls,
    );
    expect(table.rows).toEqual([
      {
        state: 'ca',
        state_name: 'California',
        law: 'ca-b',
        law_name: 'California B',
        state_page_url: 'https://example.org/repo/states/ca/',
        law_page_url: 'https://example.org/repo/laws/ca-b/',
      },
      { state: 'wy', state_name: 'Wyoming', law: null, law_name: null, state_page_url: 'https://example.org/repo/states/wy/', law_page_url: null },
    ]);
    expectSameRows(table);
  });

  test('JSON carries licence, credit, version and the column meanings', () => {
    const json = JSON.parse(tableToJson(coverageTable(new Matrix(model), urls), meta));
    expect(json).toMatchObject({ licence: meta.licence, credit: meta.credit, version: '2026-12-06' });
    expect(json.columns.map((c: { name: string }) => c.name)).toContain('page_url');
  });
});
