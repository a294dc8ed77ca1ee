import { describe, expect, test } from 'vitest';
import {
  answerFromSlices,
  finderQuery,
  finderUrl,
  parseFinderQuery,
  slicesFor,
  stepsFor,
  toNextStep,
  type FinderShell,
  type FinderSlice,
} from '../../src/lib/finder';
import { letterUrl } from '../../src/lib/letter-url';

const shell: FinderShell = {
  states: [
    { code: 'ca', name: 'California' },
    { code: 'tx', name: 'Texas' },
    { code: 'oh', name: 'Ohio' },
  ],
  scenarios: [
    {
      id: 'vendor',
      title: 'Vendor',
      question: 'Vendor?',
      order: 1,
      nextSteps: [
        { text: 'Ask the hospital.' },
        { text: 'Sue under the CMIA.', state: 'ca' },
        { text: 'Complain to the Texas AG.', state: 'tx' },
        { text: 'Complain to OCR.' },
      ],
    },
  ],
};

describe('the finder URL', () => {
  test('round-trips a state and a situation', () => {
    const query = finderQuery({ state: 'tx', situation: 'vendor' });
    expect(query).toBe('?state=tx&situation=vendor');
    expect(parseFinderQuery(query, shell)).toEqual({ state: 'tx', situation: 'vendor' });
    expect(finderUrl({ state: 'oh' })).toBe('/what-protects-me/?state=oh');
    expect(finderUrl({})).toBe('/what-protects-me/');
  });

  test("reads the home page's ?state= alone, any case, and drops unknown values", () => {
    expect(parseFinderQuery('?state=OH', shell)).toEqual({ state: 'oh' });
    expect(parseFinderQuery('?state=zz&situation=<script>', shell)).toEqual({});
    expect(parseFinderQuery('?situation=vendor&state=', shell)).toEqual({ situation: 'vendor' });
  });
});

describe('next steps', () => {
  test("a Texan sees the steps for everyone and Texas's own, in order, and no other state's", () => {
    expect(stepsFor(shell.scenarios[0]!.nextSteps, 'tx').map((s) => s.text)).toEqual(['Ask the hospital.', 'Complain to the Texas AG.', 'Complain to OCR.']);
    expect(stepsFor(shell.scenarios[0]!.nextSteps, 'oh').map((s) => s.text)).toEqual(['Ask the hospital.', 'Complain to OCR.']);
  });

  test('a plain string is a step for everyone', () => {
    expect(toNextStep('Ask.')).toEqual({ text: 'Ask.' });
    expect(toNextStep({ state: 'ca', text: 'Sue.' })).toEqual({ text: 'Sue.', state: 'ca' });
  });

  test('the builder link carries the state and the concern', () => {
    expect(letterUrl({ state: 'tx', concerns: ['vendor'] })).toBe('/letters/?state=tx&concerns=vendor');
  });
});

describe('answerFromSlices', () => {
  const us: FinderSlice = {
    code: 'us',
    laws: [
      { id: 'hipaa', name: 'HIPAA', jurisdiction: 'us' },
      { id: 'ftc', name: 'FTC Act', jurisdiction: 'us' },
      { id: 'other', name: 'Other', jurisdiction: 'us' },
    ],
    cells: [
      { scenario: 'vendor', law: 'hipaa', status: 'partial', summary: 'Partly', fix: 'Fix it' },
      { scenario: 'vendor', law: 'ftc', status: 'gap', summary: 'Gap', fix: 'Close it' },
      { scenario: 'other-scenario', law: 'other', status: 'protected', summary: 'Elsewhere' },
    ],
  };
  const ca: FinderSlice = {
    code: 'ca',
    laws: [{ id: 'cmia', name: 'CMIA', jurisdiction: 'ca' }],
    cells: [{ scenario: 'vendor', law: 'cmia', status: 'protected', summary: 'Yes' }],
  };

  test('needs federal law and the state', () => {
    expect(slicesFor('ca')).toEqual(['us', 'ca']);
  });

  test('sorts protections best first, lists gaps and counts laws that do not bear on it', () => {
    const answer = answerFromSlices([us, ca], 'vendor', 'ca');
    expect(answer.protections.map((e) => e.law.id)).toEqual(['cmia', 'hipaa']);
    expect(answer.gaps.map((e) => e.law.id)).toEqual(['ftc']);
    expect(answer.notApplicable).toBe(1);
    expect(answer.hasStateLaw).toBe(true);
  });

  test('a state without its own laws is answered from federal law alone', () => {
    const answer = answerFromSlices([us, { code: 'oh', laws: [], cells: [] }], 'vendor', 'oh');
    expect(answer.hasStateLaw).toBe(false);
    expect(answer.protections.map((e) => e.law.id)).toEqual(['hipaa']);
  });
});
