/** Letters follow the model: which templates exist is decided by the coverage cells (docs/decisions.md, "Letters"). */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../helpers/load-content';

const { entries } = loadContent('content');
const of = (collection: string) => entries.filter((e) => e.collection === collection);
const letters = of('letters');
const laws = new Map(of('laws').map((law) => [law.id, law.data]));
const recipientsOf = (letter: (typeof letters)[number]) => letter.data.recipient as string[];
const scenariosOf = (letter: (typeof letters)[number]) => letter.data.scenarios as string[];

describe('letter templates', () => {
  test('there are at least 19', () => {
    expect(letters.length).toBeGreaterThanOrEqual(19);
  });

  test('every scenario has a letter to members of Congress', () => {
    const covered = new Set(letters.filter((l) => recipientsOf(l).includes('us-senator')).flatMap(scenariosOf));
    expect(of('scenarios').map((s) => s.id).filter((id) => !covered.has(id))).toEqual([]);
  });

  test('a state-legislator letter exists exactly where a state law has a gap or partial protection', () => {
    const stateGapScenarios = new Set(
      of('coverage')
        .filter((cell) => {
          const law = laws.get(cell.id.split('/')[1]!);
          return law && law.jurisdiction !== 'us' && law.jurisdiction !== 'eu' && (cell.data.status === 'gap' || cell.data.status === 'partial');
        })
        .map((cell) => cell.id.split('/')[0]!),
    );
    const withStateLetter = new Set(letters.filter((l) => recipientsOf(l).includes('state-legislator')).flatMap(scenariosOf));
    expect([...withStateLetter].sort()).toEqual([...stateGapScenarios].sort());
  });

  test('the four provider letters and the OCR outline exist', () => {
    expect(letters.filter((l) => recipientsOf(l).includes('provider')).length).toBeGreaterThanOrEqual(4);
    expect(letters.filter((l) => recipientsOf(l).includes('hhs-ocr')).length).toBe(1);
  });
});
