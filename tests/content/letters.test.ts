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

// ---------------------------------------------------------------------------------------------
// Every letter the builder can compose, in every state, within its limits and its recipient's power.
import { composeLetter, builderTemplate, lawsForRecipient, phoneScript, countWords, letterLimits, type LetterModel, type LetterTemplate, type RecipientKind } from '../../src/lib/letters';
import { formatPinLabel, formatPinUrl } from '../../src/lib/citations';
import { templateTokens } from '../../src/lib/letters';

type Data = Record<string, unknown>;
const sources = new Map(of('sources').map((s) => [s.id, s.data as unknown as Parameters<typeof formatPinLabel>[0]]));
const pinned = (source: string, pin?: string) => ({ label: formatPinLabel(sources.get(source)!, pin), url: formatPinUrl(sources.get(source)!, pin) });
const templates: LetterTemplate[] = letters.map((l) => {
  const d = l.data as Data;
  return { id: l.id, title: d.title as string, recipient: d.recipient as RecipientKind[], scenarios: d.scenarios as string[], subject: d.subject as string, opening: d.opening as string, closing: d.closing as string, ...(d.ask ? { ask: d.ask as string } : {}), ...(d.stateAsk ? { stateAsk: d.stateAsk as string } : {}) };
});
const lawList = of('laws').map((l) => ({ id: l.id, name: (l.data as Data).name as string, jurisdiction: (l.data as Data).jurisdiction as string }));
const cites: LetterModel['cites'] = {};
for (const t of templates) for (const text of [t.subject, t.opening, t.ask ?? '', t.closing]) for (const { source, pin } of templateTokens(text).cites) cites[`${source}|${pin ?? ''}`] = pinned(source, pin);
// A long site address, so the character limits hold wherever the site is deployed.
const realModel: LetterModel = {
  siteUrl: 'https://who-protects-my-scans.example.org',
  laws: lawList,
  scenarios: of('scenarios').map((s) => ({ id: s.id, title: (s.data as Data).title as string, question: (s.data as Data).question as string, articles: [{ id: 'an-article-about-this-situation', laws: [] }] })),
  cells: of('coverage')
    .filter((c) => (c.data as Data).status !== 'not-applicable')
    .map((c) => {
      const d = c.data as Data;
      const [scenario, law] = c.id.split('/') as [string, string];
      return { scenario, law, status: d.status as 'gap', summary: d.summary as string, detail: d.detail as string, ...(d.fix ? { fix: d.fix as string } : {}), citations: (d.citations as { source: string; pin?: string }[]).map((x) => pinned(x.source, x.pin)) };
    }),
  states: of('states').map((s) => ({ code: s.id, name: (s.data as Data).name as string, lawIds: lawList.filter((law) => law.jurisdiction === s.id || ((s.data as Data).laws as string[]).includes(law.id)).map((law) => law.id) })),
  cites,
};
const federalFixes = new Set(realModel.cells.filter((c) => lawList.find((l) => l.id === c.law)?.jurisdiction === 'us' && c.fix).map((c) => c.fix!.trim().replace(/[.\s]+$/, '')));

/** Every letter: each template alone, and every concern at once through the builder's merge. */
function* everyLetter() {
  for (const state of realModel.states) {
    for (const length of ['brief', 'detailed'] as const) {
      for (const template of templates) for (const recipient of template.recipient) yield { state, length, recipient, template, all: templates };
      for (const recipient of ['us-senator', 'us-representative', 'state-legislator', 'state-attorney-general'] as const) {
        const concerns = realModel.scenarios.map((s) => s.id);
        const merged = builderTemplate(templates, recipient, concerns);
        if (merged) yield { state, length, recipient, template: merged, all: [...templates, merged] };
      }
    }
  }
}

describe('every letter in every state', () => {
  test('every state-legislator template has a state-level ask written in the model', () => {
    expect(templates.filter((t) => t.recipient.includes('state-legislator') && !t.stateAsk).map((t) => t.id)).toEqual([]);
    for (const t of templates) if (t.stateAsk) expect(t.stateAsk, t.id).not.toMatch(/\b(FTC|HHS|federal|Congress|CMS|FDA)\b/);
  });

  test('stays within its length: brief 250 words and 2,000 characters with at most 3 sources, detailed 500 words', () => {
    const over: string[] = [];
    for (const { state, length, recipient, template, all } of everyLetter()) {
      const letter = composeLetter(realModel, all, { template: template.id, recipient, state: state.code, length });
      const limits = letterLimits[length];
      // Rights requests to a provider cite each rule they invoke; the three-source limit is for letters to officials.
      const sourceLimit = recipient === 'provider' || recipient === 'hhs-ocr' ? Number.POSITIVE_INFINITY : limits.sources;
      if (letter.words > limits.words || letter.text.length > limits.characters || letter.footnotes.length > sourceLimit) {
        over.push(`${state.code} ${recipient} ${template.id} ${length}: ${letter.words} words, ${letter.text.length} characters, ${letter.footnotes.length} sources`);
      }
    }
    expect(over).toEqual([]);
  }, 120_000);

  test('a federal fix never reaches a state legislature, the DC Council or an attorney general; no model vocabulary anywhere', () => {
    const problems: string[] = [];
    for (const { state, length, recipient, template, all } of everyLetter()) {
      const letter = composeLetter(realModel, all, { template: template.id, recipient, state: state.code, length });
      if (recipient === 'state-legislator' || recipient === 'state-attorney-general') {
        for (const ask of letter.asks) {
          const bare = ask.replace(/[.\s]+$/, '');
          if (federalFixes.has(bare) || /\b(FTC|HHS|Congress)\b/.test(ask) || / in [A-Z][a-z]+( [A-Z][a-z]+)* law\.$/.test(ask)) problems.push(`${state.code} ${template.id}: ${ask}`);
        }
        const own = lawsForRecipient(realModel, recipient, state.code);
        if (!own.every((id) => lawList.find((l) => l.id === id)?.jurisdiction === state.code)) problems.push(`${state.code}: a law of another jurisdiction feeds a state letter`);
      }
      const vocabulary = /.{0,40}(Partly protected|\((gap|partial|protected)\)|[Cc]onfidence|[Nn]ot applicable|localhost).{0,40}/.exec(letter.text);
      if (vocabulary) problems.push(`${state.code} ${template.id} ${length}: "${vocabulary[0]}"`);
    }
    expect(problems).toEqual([]);
  }, 120_000);

  test('every phone script reads in under 40 seconds (at most 100 words)', () => {
    const long: string[] = [];
    for (const { state, recipient, template, all } of everyLetter()) {
      if (recipient === 'provider' || recipient === 'hhs-ocr') continue;
      const letter = composeLetter(realModel, all, { template: template.id, recipient, state: state.code });
      const script = phoneScript(letter, { name: 'Alexandra Richardson-Delgado', city: 'Upper Arlington', zip: '43221' }, { office: "Representative Beatty's office", phone: '202-225-4324' });
      const spoken = script.split('\n').slice(1).join(' ');
      if (countWords(spoken) > 100) long.push(`${state.code} ${template.id}: ${countWords(spoken)} words`);
    }
    expect(long).toEqual([]);
  }, 120_000);
});
