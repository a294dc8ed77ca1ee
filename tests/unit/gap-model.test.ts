import { describe, expect, test } from 'vitest';
import { Matrix, countStatuses, describeCounts, findProtections, jurisdictionGroup, type GapModel } from '../../src/lib/gap-model';
import { testCell } from './fixtures/gap-model';

const cell = testCell;

const model: GapModel = {
  laws: [
    { id: 'state-law', name: 'State Law', shortName: 'SL', jurisdiction: 'ca', order: 3 },
    { id: 'fed-a', name: 'Federal A', shortName: 'FA', jurisdiction: 'us', order: 1 },
    { id: 'fed-b', name: 'Federal B', shortName: 'FB', jurisdiction: 'us', order: 2 },
    { id: 'eu-law', name: 'EU Law', shortName: 'EU', jurisdiction: 'eu', order: 4 },
  ],
  scenarios: [
    { id: 's2', title: 'Second', question: 'Second?', order: 2 },
    { id: 's1', title: 'First', question: 'First?', order: 1 },
  ],
  cells: [
    cell('s1', 'fed-a', 'gap'),
    cell('s1', 'fed-b', 'not-applicable'),
    cell('s1', 'state-law', 'protected'),
    cell('s1', 'eu-law', 'partial'),
    cell('s2', 'fed-a', 'partial', { summary: 'Quotes "here", and commas' }),
    cell('s2', 'fed-b', 'protected'),
    cell('s2', 'state-law', 'not-applicable'),
    cell('s2', 'eu-law', 'protected'),
  ],
};

describe('Matrix', () => {
  const matrix = new Matrix(model);

  test('orders laws and scenarios by their order field', () => {
    expect(matrix.laws.map((l) => l.id)).toEqual(['fed-a', 'fed-b', 'state-law', 'eu-law']);
    expect(matrix.scenarios.map((s) => s.id)).toEqual(['s1', 's2']);
  });

  test('builds rows in law order', () => {
    expect(matrix.rows()[0]!.cells.map((c) => c.status)).toEqual(['gap', 'not-applicable', 'protected', 'partial']);
  });

  test('reads a missing cell as an implicit "not applicable", left out of allCells', () => {
    const holey = new Matrix({ ...model, cells: model.cells.slice(1) });
    const missing = holey.cell('s1', 'fed-a');
    expect(missing).toMatchObject({ scenario: 's1', law: 'fed-a', status: 'not-applicable', implicit: true, citations: [] });
    expect(holey.rows()[0]!.cells.map((c) => c.status)).toEqual(['not-applicable', 'not-applicable', 'protected', 'partial']);
    expect(holey.writtenCell('s1', 'fed-a')).toBeUndefined();
    expect(holey.allCells()).toHaveLength(model.cells.length - 1);
    expect(holey.lawCells('fed-a').map((c) => c.scenario)).toEqual(['s2']);
    expect(findProtections(holey, [], 's1').notApplicable.map((e) => e.law.id)).toEqual(['fed-a', 'fed-b']);
  });

  test('still throws on an unknown law or scenario', () => {
    expect(() => matrix.cell('s1', 'ghost')).toThrow('Unknown law "ghost"');
    expect(() => matrix.cell('ghost', 'fed-a')).toThrow('Unknown scenario "ghost"');
  });

  test('gives a law its column', () => {
    expect(matrix.column('fed-b').map((entry) => entry.cell.status)).toEqual(['not-applicable', 'protected']);
  });

  test('puts U.S. laws that apply first in a row, best status first, then EU comparisons, then not applicable', () => {
    expect(matrix.row('s1').map((entry) => entry.law.id)).toEqual(['state-law', 'fed-a', 'eu-law', 'fed-b']);
  });

  test('orders columns U.S. federal, then state, then EU whatever their order numbers', () => {
    const shuffled = new Matrix({ ...model, laws: model.laws.map((law) => (law.id === 'eu-law' ? { ...law, order: 0 } : law)) });
    expect(shuffled.laws.map((law) => law.id)).toEqual(['fed-a', 'fed-b', 'state-law', 'eu-law']);
  });

  test('a state gets federal law plus its own, never EU law', () => {
    expect(matrix.lawsForState(['state-law']).map((l) => l.id)).toEqual(['fed-a', 'fed-b', 'state-law']);
    expect(matrix.lawsForState([]).map((l) => l.id)).toEqual(['fed-a', 'fed-b']);
  });
});

describe('jurisdictionGroup', () => {
  test('sorts codes into federal, state and EU', () => {
    expect(['us', 'tx', 'eu'].map(jurisdictionGroup)).toEqual(['federal', 'state', 'eu']);
  });
});

describe('countStatuses and describeCounts', () => {
  test('count each status', () => {
    expect(countStatuses(model.cells)).toEqual({ protected: 3, partial: 2, gap: 1, 'not-applicable': 2 });
  });
  test('describe counts in words, singular and plural', () => {
    expect(describeCounts({ protected: 1, partial: 0, gap: 2, 'not-applicable': 5 })).toBe('1 protected, 2 gaps');
    expect(describeCounts({ protected: 0, partial: 0, gap: 0, 'not-applicable': 5 })).toBe('none applies');
  });
});

describe('findProtections', () => {
  test('splits a state resident’s laws into protections, gaps and not applicable', () => {
    const found = findProtections(new Matrix(model), ['state-law'], 's1');
    expect(found.protections.map((e) => e.law.id)).toEqual(['state-law']);
    expect(found.gaps.map((e) => e.law.id)).toEqual(['fed-a']);
    expect(found.notApplicable.map((e) => e.law.id)).toEqual(['fed-b']);
    expect(found.hasStateLaw).toBe(true);
  });
});
