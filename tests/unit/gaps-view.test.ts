import { describe, expect, test, vi } from 'vitest';
import { Matrix, type GapModel } from '../../src/lib/gap-model';
import { testCell, testLaw } from './fixtures/gap-model';

const cell = testCell;
const law = testLaw;

const model: GapModel = {
  laws: [
    law('eu-gdpr', 'eu', 1, 'EU GDPR'),
    law('oh-records', 'oh', 5, 'OH records access'),
    law('ca-cmia', 'ca', 6, 'CMIA'),
    law('hipaa', 'us', 2, 'HIPAA Privacy'),
    law('ftc', 'us', 3, 'FTC Act'),
  ],
  scenarios: [
    { id: 'breach', title: 'A breach', question: 'Breach?', order: 1 },
    { id: 'delete', title: 'Deleting', question: 'Delete?', order: 2 },
  ],
  cells: [
    cell('breach', 'hipaa', 'partial'),
    cell('breach', 'ftc', 'not-applicable'),
    cell('breach', 'eu-gdpr', 'protected'),
    cell('breach', 'oh-records', 'gap'),
    cell('delete', 'hipaa', 'gap'),
    cell('delete', 'ca-cmia', 'protected'),
  ],
};
const states = [
  { code: 'oh', name: 'Ohio', lawIds: ['oh-records'] },
  { code: 'dc', name: 'District of Columbia', lawIds: [] },
  { code: 'ca', name: 'California', lawIds: ['ca-cmia'] },
];

vi.mock('../../src/data/model', () => ({
  getMatrix: async () => new Matrix(model),
  getStates: async () => states,
}));

const { getGapsView, getStateGapsCodes, getStateGapsView, matrixView } = await import('../../src/data/gaps');

describe('getGapsView (/gaps/)', () => {
  test('shows federal law first, then EU law marked for comparison, and no state law', async () => {
    const view = await getGapsView();
    expect(view.matrix.columns.map((c) => c.id)).toEqual(['hipaa', 'ftc', 'eu-gdpr']);
    expect(view.matrix.groups).toEqual([
      { group: 'federal', label: 'U.S. federal law', comparison: false, span: 2 },
      { group: 'eu', label: 'EU law, for comparison only', comparison: true, span: 1 },
    ]);
    expect(view.matrix.columns.map((c) => c.groupStart)).toEqual([false, false, true]);
  });

  test('says how many cells are U.S. law, counting missing cells as not applicable', async () => {
    const view = await getGapsView();
    expect(view.cells).toBe(6);
    expect(view.us).toMatchObject({ cells: 4, counts: { protected: 0, partial: 1, gap: 1, 'not-applicable': 2 } });
    expect(view.eu).toMatchObject({ cells: 2, counts: { protected: 1, partial: 0, gap: 0, 'not-applicable': 1 } });
    expect(view.totalsText).toBe(
      '6 cells (3 laws × 2 situations): 4 are U.S. federal law (1 partly protected, 1 gap, 2 not applicable); ' +
        '2 are EU law, shown for comparison only (1 protected, 1 not applicable).',
    );
  });

  test('links every state to its own matrix, A-Z', async () => {
    const view = await getGapsView();
    expect(view.states.map((s) => [s.name, s.href])).toEqual([
      ['California', '/gaps/ca/'],
      ['District of Columbia', '/gaps/dc/'],
      ['Ohio', '/gaps/oh/'],
    ]);
    expect(view.stateLaws).toBe(2);
    expect(view.statesText).toBe('the 2 states and DC');
  });

  test('links written cells to their reasons, and leaves a missing cell unlinked and not applicable', async () => {
    const [breach] = (await getGapsView()).matrix.rows;
    expect(breach!.href).toBe('/scenarios/breach/');
    expect(breach!.cells[0]).toMatchObject({ status: 'partial', label: 'Partly protected', icon: '◐', href: '/scenarios/breach/#hipaa' });
    expect(breach!.cells[0]!.title).toBe('Law hipaa: Partly protected. hipaa on breach');
    const [, deleting] = (await getGapsView()).matrix.rows;
    expect(deleting!.cells[1]).toEqual({ status: 'not-applicable', label: 'Not applicable', icon: '–', group: 'federal', groupStart: false });
  });

  test('a card per situation: U.S. laws that apply best first, EU apart, and a count of the rest', async () => {
    const [breach, deleting] = (await getGapsView()).matrix.cards;
    expect(breach!.applies.map((l) => [l.id, l.status, l.href])).toEqual([['hipaa', 'partial', '/scenarios/breach/#hipaa']]);
    expect(breach!.comparison.map((l) => l.id)).toEqual(['eu-gdpr']);
    expect(breach!.notApplicable).toBe(1);
    expect(breach!.notApplicableText).toBe('1 of the 3 laws here does not apply.');
    expect(deleting!.applies.map((l) => l.id)).toEqual(['hipaa']);
    expect(deleting!.notApplicableText).toBe('2 of the 3 laws here do not apply.');
  });
});

describe('getStateGapsView (/gaps/<code>/)', () => {
  test('shows federal law, then only that state laws, without the state code in the heading', async () => {
    const view = await getStateGapsView('oh');
    expect(view.matrix.columns.map((c) => [c.id, c.label, c.group])).toEqual([
      ['hipaa', 'HIPAA Privacy', 'federal'],
      ['ftc', 'FTC Act', 'federal'],
      ['oh-records', 'records access', 'state'],
    ]);
    expect(view.matrix.groups.map((g) => g.label)).toEqual(['U.S. federal law', 'Ohio law']);
    expect(view.stateLaws).toEqual([{ id: 'oh-records', name: 'Law oh-records', href: '/laws/oh-records/' }]);
    expect(view.statePage).toBe('/states/oh/');
    expect(view.matrix.cards[0]!.applies.map((l) => l.id)).toEqual(['hipaa', 'oh-records']);
  });

  test('says every cell is U.S. law', async () => {
    const view = await getStateGapsView('oh');
    expect(view.totalsText).toBe(
      '6 cells (3 laws × 2 situations), all U.S. law: 4 federal (1 partly protected, 1 gap, 2 not applicable) and 2 Ohio law (1 gap, 1 not applicable).',
    );
  });

  test('a place without its own law in the model still gets federal law, and says so', async () => {
    const view = await getStateGapsView('dc');
    expect(view.place).toBe('the District of Columbia');
    expect(view.matrix.columns.map((c) => c.id)).toEqual(['hipaa', 'ftc']);
    expect(view.totalsText).toMatch(/; no District law in this model yet\.$/);
  });

  test('every state has a page, and an unknown code throws', async () => {
    expect(await getStateGapsCodes()).toEqual(['oh', 'dc', 'ca']);
    await expect(getStateGapsView('zz')).rejects.toThrow('Unknown state "zz"');
  });
});

describe('matrixView', () => {
  test('picks the width at which the table replaces the cards from the number of law columns', () => {
    const many = (n: number): GapModel => ({ laws: Array.from({ length: n }, (_, i) => law(`l${i}`, 'us', i)), scenarios: model.scenarios, cells: [] });
    const fit = (n: number) => {
      const matrix = new Matrix(many(n));
      return matrixView(matrix, matrix.laws, { caption: '', groupLabel: () => '' }).fit;
    };
    expect([fit(1), fit(12), fit(13), fit(15), fit(16), fit(30)]).toEqual(['m', 'm', 'l', 'l', 'xl', 'xl']);
  });
});
