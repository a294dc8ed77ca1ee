import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  bodyWords,
  builderTemplate,
  composeLetter,
  countWords,
  lastName,
  lawsForRecipient,
  letterText,
  mailtoLink,
  phoneScript,
  salutation,
  templateTokens,
  toThirdPerson,
  unknownPlaceholders,
  type LetterModel,
  type LetterTemplate,
} from '../../src/lib/letters';
import { assembleModel, type LetterSlice } from '../../src/lib/builder';
import { letterUrl, parseLetterUrl } from '../../src/lib/letter-url';

const model: LetterModel = {
  siteUrl: 'https://example.org',
  laws: [
    { id: 'fed', name: 'Federal Rule', jurisdiction: 'us' },
    { id: 'ca-law', name: 'California Act', jurisdiction: 'ca' },
  ],
  scenarios: [
    {
      id: 'shared',
      title: 'Scans shared with an AI developer',
      question: 'Can they share my scans?',
      articles: [
        { id: 'sharing', laws: [] },
        { id: 'california-sharing', laws: ['ca-law'] },
      ],
    },
    { id: 'breach', title: 'A vendor is breached', question: 'What if a vendor is breached?', articles: [] },
  ],
  cells: [
    {
      scenario: 'shared',
      law: 'fed',
      status: 'partial',
      summary: 'Your hospital may share de-identified copies without asking you.',
      detail: 'You are not told.',
      fix: 'Require notice and an opt-out.',
      citations: [{ label: '45 CFR 164.514(b)', url: 'https://www.ecfr.gov/x#p-164.514(b)' }],
    },
    {
      scenario: 'shared',
      law: 'ca-law',
      status: 'gap',
      summary: 'The Act does not reach de-identified copies.',
      detail: 'Detail.',
      fix: 'Cover de-identified images.',
      citations: [{ label: 'Cal. Civ. Code § 56.10', url: 'https://leginfo.legislature.ca.gov/y' }],
    },
    {
      scenario: 'breach',
      law: 'fed',
      status: 'gap',
      summary: 'Nothing requires vendors to tell you.',
      fix: 'Require notice.',
      citations: [{ label: '45 CFR 164.404', url: 'https://www.ecfr.gov/z' }],
    },
    {
      scenario: 'breach',
      law: 'ca-law',
      status: 'protected',
      summary: 'You can sue for negligent release.',
      citations: [{ label: 'Cal. Civ. Code § 56.36(b)', url: 'https://leginfo.legislature.ca.gov/w' }],
    },
  ],
  states: [
    { code: 'ca', name: 'California', lawIds: ['ca-law'] },
    { code: 'ak', name: 'Alaska', lawIds: [] },
    { code: 'dc', name: 'District of Columbia', lawIds: [] },
  ],
  cites: { 'src|164.524(b)(2)': { label: '45 CFR 164.524(b)(2)', url: 'https://www.ecfr.gov/a' } },
};

const templates: LetterTemplate[] = [
  {
    id: 'congress-shared',
    title: 'Congress: shared',
    recipient: ['us-senator', 'us-representative'],
    scenarios: ['shared'],
    subject: 'Close the gap on {{state}} scans',
    opening: 'I live in {{city}}, {{state}}.',
    closing: 'Thank you.',
  },
  {
    id: 'congress-breach',
    title: 'Congress: breach',
    recipient: ['us-senator', 'us-representative'],
    scenarios: ['breach'],
    subject: 'Breaches',
    opening: 'I live in {{city}}, {{state}}.',
    closing: 'Thank you.',
  },
  {
    id: 'state-shared',
    title: 'State: shared',
    recipient: ['state-legislator'],
    scenarios: ['shared', 'breach'],
    subject: 'In {{state}}',
    opening: 'I live in {{city}}.',
    closing: 'Thanks.',
    stateAsk: 'Require vendors in the state to tell patients of a breach.',
  },
  {
    id: 'provider-copy',
    title: 'Copy',
    recipient: ['provider'],
    scenarios: [],
    subject: 'Copy of my scan of {{scanDate}}',
    opening: 'I am a patient of {{provider}}.',
    ask: 'Act within 30 days {{cite:src|164.524(b)(2)}}.',
    closing: 'Reach me at {{contact}}.',
  },
];

/** Golden files: the whole letter text, so any change in wording is seen and reviewed. */
function expectGolden(name: string, text: string) {
  const path = `tests/unit/golden/${name}.txt`;
  if (!existsSync(path) && process.env.UPDATE_GOLDEN) {
    mkdirSync('tests/unit/golden', { recursive: true });
    writeFileSync(path, text);
  }
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('toThirdPerson', () => {
  test('turns the reader into "patients"', () => {
    expect(toThirdPerson('You can sue; your hospital may share without asking you.')).toBe(
      "Patients can sue; patients' hospital may share without asking patients.",
    );
  });
});

describe('templateTokens and unknownPlaceholders', () => {
  test('separate fields from cite tokens', () => {
    expect(templateTokens('Hi {{name}} {{cite:src|1(a)}} {{ city }}')).toEqual({ fields: ['name', 'city'], cites: [{ source: 'src', pin: '1(a)' }] });
  });
  test('report fields no one can fill', () => {
    expect(unknownPlaceholders('{{name}} {{favouriteColour}}')).toEqual(['favouriteColour']);
  });
});

describe('lawsForRecipient', () => {
  test('Congress gets federal law, state officials their state law only', () => {
    expect(lawsForRecipient(model, 'us-senator', 'ca')).toEqual(['fed']);
    expect(lawsForRecipient(model, 'state-legislator', 'ca')).toEqual(['ca-law']);
    expect(lawsForRecipient(model, 'state-legislator', 'ak')).toEqual([]);
    // A federal law listed among a state's laws still never feeds a state letter.
    expect(lawsForRecipient({ ...model, states: [{ code: 'ca', name: 'California', lawIds: ['fed', 'ca-law'] }] }, 'state-legislator', 'ca')).toEqual([
      'ca-law',
    ]);
  });
});

describe('salutations (the honorific from the recipient, the last name from the person)', () => {
  test.each([
    ['us-senator', 'oh', 'Bernie Moreno', {}, 'Dear Senator Moreno,'],
    ['us-representative', 'oh', 'Joyce Beatty', {}, 'Dear Representative Beatty,'],
    ['us-representative', 'dc', 'Eleanor Holmes Norton', {}, 'Dear Delegate Norton,'],
    ['state-attorney-general', 'oh', 'Dave Yost', {}, 'Dear Attorney General Yost,'],
    ['state-legislator', 'oh', 'Rob McColley', { chamber: 'upper' as const }, 'Dear Senator McColley,'],
    ['state-legislator', 'oh', 'Adam Bird', { chamber: 'lower' as const }, 'Dear Representative Bird,'],
    ['state-legislator', 'oh', 'Adam Bird', {}, 'Dear [Senator or Representative] Bird,'],
    ['state-legislator', 'dc', 'Brooke Pinto', {}, 'Dear Councilmember Pinto,'],
    ['us-senator', 'oh', '', {}, 'Dear Senator [LAST NAME],'],
    ['provider', 'oh', 'X', {}, 'Dear Privacy Officer,'],
  ] as const)('%s in %s, %s', (kind, state, name, chosen, expected) => {
    expect(salutation(kind, state, name, chosen)).toBe(expected);
  });
  test('last names drop suffixes', () => {
    expect(lastName('Robert Smith Jr.')).toBe('Smith');
    expect(lastName('  Joyce   Beatty ')).toBe('Beatty');
  });
});

describe('composeLetter', () => {
  test('a static Congress template keeps every placeholder visible', () => {
    expectGolden('congress-static', composeLetter(model, templates, { template: 'congress-shared' }).text);
  });

  test('a detailed letter from a Californian to a senator, with story, footnoted to the article', () => {
    const letter = composeLetter(model, templates, {
      template: 'congress-shared',
      recipient: 'us-senator',
      state: 'ca',
      length: 'detailed',
      name: 'Ana Díaz',
      street: '1 Main St',
      city: 'Fresno',
      zip: '93701',
      contact: 'ana@example.org',
      recipientName: 'Alex Padilla',
      date: 'November 25, 2026',
      story: 'My MRI was shared.',
    });
    expectGolden('senator-ca-detailed', letter.text);
    expect(letter.salutation).toBe('Dear Senator Padilla,');
    expect(letter.signature).toEqual(['Sincerely,', 'Ana Díaz', '1 Main St', 'Fresno, California 93701', 'ana@example.org']);
    expect(letter.footnotes[0]!.urls).toContain('https://example.org/scenarios/shared/#fed');
    expect(letter.footnotes[0]!.urls).toContain('https://example.org/articles/sharing/');
  });

  test('a brief letter is the default: first sentence, story, one fact per concern, the ask, a reply', () => {
    const letter = composeLetter(model, templates, { template: 'congress-shared', recipient: 'us-representative', state: 'ca', recipientName: 'Beatty' });
    expect(letter.paragraphs[0]).toBe('I live in [YOUR CITY], California.');
    expect(letter.asks).toEqual(['Require notice and an opt-out.']);
    expect(letter.text).toContain('I ask you to require notice and an opt-out.');
    expect(letter.words).toBeLessThanOrEqual(250);
    expect(letter.footnotes.length).toBeLessThanOrEqual(3);
  });

  test('the text is derived from the structure', () => {
    const letter = composeLetter(model, templates, { template: 'congress-shared', state: 'ca' });
    expect(letterText(letter)).toBe(letter.text);
    expect(bodyWords(letter)).toBe(letter.words);
  });

  test('a brief letter to California legislators uses state law and the state law’s own fix', () => {
    const letter = composeLetter(model, templates, { template: 'state-shared', state: 'ca', length: 'brief' });
    expectGolden('state-ca-brief', letter.text);
    // The breach concern: California law already lets patients sue, so nothing is asked there.
    expect(letter.asks).toEqual(['Cover de-identified images.']);
  });

  test('footnotes the article that discusses the cell’s own law', () => {
    const letter = composeLetter(model, templates, { template: 'state-shared', state: 'ca', concerns: ['shared'], length: 'detailed' });
    expect(letter.footnotes[0]!.urls).toContain('https://example.org/articles/california-sharing/');
    expect(letter.footnotes[0]!.urls).not.toContain('https://example.org/articles/sharing/');
  });

  test('a state with no law of its own says so and asks for a state-level change, never the federal fix', () => {
    const letter = composeLetter(model, templates, { template: 'state-shared', state: 'ak', concerns: ['breach'] });
    expect(letter.text).toContain('This site lists no Alaska law that addresses this');
    expect(letter.asks).toEqual(['Require vendors in the state to tell patients of a breach.']);
    expect(letter.text).not.toContain('Require notice');
    expect(letter.text).not.toMatch(/in Alaska law/);
    expectGolden('state-ak', letter.text);
  });

  test('DC residents write to a Delegate, and to the Council with a state-level ask', () => {
    expect(composeLetter(model, templates, { template: 'congress-shared', recipient: 'us-representative', state: 'dc' }).text).toContain(
      'Dear Delegate [LAST NAME],',
    );
    const council = composeLetter(model, templates, { template: 'state-shared', state: 'dc', recipientName: 'Brooke Pinto' });
    expect(council.salutation).toBe('Dear Councilmember Pinto,');
    expect(council.asks.every((ask) => !/federal|FTC|HHS|Congress/.test(ask))).toBe(true);
  });

  test('no model vocabulary in a letter: no status labels, no confidence', () => {
    for (const length of ['brief', 'detailed'] as const) {
      for (const template of templates) {
        for (const state of ['ca', 'ak', 'dc']) {
          const text = composeLetter(model, templates, { template: template.id, state, length }).text;
          expect(text).not.toMatch(/Partly protected|\(gap\)|\(protected\)|\(partial\)|[Cc]onfidence|[Nn]ot applicable/);
        }
      }
    }
  });

  test('a provider letter resolves its cite tokens to footnotes and asks for no story', () => {
    const letter = composeLetter(model, templates, { template: 'provider-copy', provider: 'General Hospital' });
    expectGolden('provider-copy', letter.text);
    expect(letter.text).not.toContain('[YOUR STORY');
  });

  test('keeps hostile text verbatim: it is data, never markup', () => {
    const story = '<script>alert(1)</script> "quotes" & \u202eRTL\u202c zero\u200bwidth 🩻';
    const letter = composeLetter(model, templates, { template: 'congress-shared', story, name: '<b>x</b>' });
    expect(letter.text).toContain(story);
    expect(letter.text).toContain('<b>x</b>');
  });

  test('throws on an unknown template or an unresolved cite', () => {
    expect(() => composeLetter(model, templates, { template: 'nope' })).toThrow('Unknown letter template');
    expect(() => composeLetter({ ...model, cites: {} }, templates, { template: 'provider-copy' })).toThrow('cites unknown source "src"');
  });

  test('a brief letter leaves out a concern rather than run over its limits', () => {
    const long = 'word '.repeat(225);
    const letter = composeLetter(model, builderTemplates(), {
      template: 'congress-shared+1',
      recipient: 'us-senator',
      state: 'ca',
      concerns: ['shared', 'breach'],
      story: long,
    });
    expect(letter.omitted).toEqual(['A vendor is breached']);
  });
});

function builderTemplates() {
  return [...templates, builderTemplate(templates, 'us-senator', ['shared', 'breach'])!];
}

describe('builderTemplate', () => {
  test('merges the templates for several concerns', () => {
    const merged = builderTemplate(templates, 'us-senator', ['shared', 'breach'])!;
    expect(merged.scenarios).toEqual(['shared', 'breach']);
    expect(merged.subject).toBe("Close the gaps in federal law on patients' medical images");
  });
  test('keeps one template as it is, limited to the chosen concerns', () => {
    expect(builderTemplate(templates, 'state-legislator', ['breach'])!.scenarios).toEqual(['breach']);
  });
  test('is undefined when no template fits', () => {
    expect(builderTemplate(templates, 'hhs-ocr', ['shared'])).toBeUndefined();
  });
});

describe('assembleModel (the builder loads the model by jurisdiction)', () => {
  test('composes the same letter as the whole model', () => {
    const us: LetterSlice = {
      code: 'us',
      laws: [model.laws[0]!],
      cells: model.cells.filter((c) => c.law === 'fed'),
      articles: { shared: [{ id: 'sharing', laws: [] }] },
    };
    const ca: LetterSlice = {
      code: 'ca',
      laws: [model.laws[1]!],
      cells: model.cells.filter((c) => c.law === 'ca-law'),
      articles: { shared: [{ id: 'california-sharing', laws: ['ca-law'] }] },
    };
    const shell = {
      templates,
      scenarios: model.scenarios.map(({ id, title, question }) => ({ id, title, question })),
      states: model.states.map(({ code, name }) => ({ code, name })),
      cites: model.cites,
    };
    const assembled = assembleModel(shell, [us, ca], 'https://example.org/', 'ca');
    for (const choices of [
      { template: 'state-shared', state: 'ca', length: 'detailed' as const },
      { template: 'congress-shared', state: 'ca', recipient: 'us-senator' as const },
    ]) {
      expect(composeLetter(assembled, templates, choices).text).toBe(composeLetter(model, templates, choices).text);
    }
  });
});

describe('letterUrl and parseLetterUrl', () => {
  test('carry state, recipient and concerns only', () => {
    expect(letterUrl({ state: 'oh', to: 'us-representative', concerns: ['a', 'b'] })).toBe('/letters/?state=oh&to=us-representative&concerns=a,b');
    expect(letterUrl()).toBe('/letters/');
  });
  test('drop anything unknown or malformed', () => {
    const known = { states: ['oh'], concerns: ['a', 'b'] };
    expect(parseLetterUrl('?state=OH&to=us-senator&concerns=a,<script>,b,zzz&name=Ana', known)).toEqual({
      state: 'oh',
      to: 'us-senator',
      concerns: ['a', 'b'],
    });
    expect(parseLetterUrl('?state=xx&to=governor', known)).toEqual({});
  });
});

describe('mailtoLink', () => {
  test('encodes subject and body, addressed where an email is known', () => {
    expect(mailtoLink('Hi there', 'A & B')).toBe('mailto:?subject=Hi%20there&body=A%20%26%20B');
    expect(mailtoLink('s', 'b', 'rep63@ohiohouse.gov')).toBe('mailto:rep63@ohiohouse.gov?subject=s&body=b');
    expect(mailtoLink('s', 'b', 'x@y.z?bcc=evil@example.org')).toBe('mailto:?subject=s&body=b');
  });
  test('is offered for any letter within the brief letter’s 2,000 characters', () => {
    expect(mailtoLink('s', 'x'.repeat(2000))).toBeDefined();
    expect(mailtoLink('s', 'x'.repeat(2001))).toBeUndefined();
  });
});

describe('phoneScript', () => {
  test('names the office and its number, who is calling, and the first ask, in under 100 words', () => {
    const letter = composeLetter(model, templates, { template: 'congress-shared', recipient: 'us-senator' });
    const script = phoneScript(letter, { name: 'Ana', city: 'Fresno', zip: '93701' }, { office: "Senator Padilla's office", phone: '202-224-3553' });
    expect(script).toContain("Call Senator Padilla's office at 202-224-3553.");
    expect(script).toContain('my name is Ana. I live in Fresno, ZIP code 93701');
    expect(script).toContain('I ask Senator Padilla to require notice and an opt-out.');
    expect(countWords(script)).toBeLessThanOrEqual(100);
  });
});

import { plainForLetter } from '../../src/lib/letters';
describe('plainForLetter', () => {
  test('drops the model’s notes on its own confidence, keeping the rest', () => {
    expect(plainForLetter('Vendors must notify. Confidence is low: no precedent was found. More text.')).toBe('Vendors must notify. More text.');
    expect(plainForLetter('Nothing requires notice (low confidence).')).toBe('Nothing requires notice.');
    expect(plainForLetter('The rest was not read, so confidence is low.')).toBe('The rest was not read.');
    expect(plainForLetter('No notice under state law. Medium confidence (text read in the bill). Patients can sue.')).toBe(
      'No notice under state law. Patients can sue.',
    );
  });
});

import { recipientKinds } from '../../src/lib/letters';
test('the builder link knows the same recipient kinds as the letters', () => {
  for (const kind of recipientKinds) expect(parseLetterUrl(`?to=${kind}`, { states: [], concerns: [] }).to).toBe(kind);
});
