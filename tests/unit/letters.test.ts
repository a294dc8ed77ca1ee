import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  builderTemplate,
  composeLetter,
  lawsForRecipient,
  mailtoLink,
  phoneScript,
  templateTokens,
  toThirdPerson,
  unknownPlaceholders,
  type LetterModel,
  type LetterTemplate,
} from '../../src/lib/letters';

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
      'Patients can sue; their hospital may share without asking patients.',
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
  test('Congress gets federal law, state officials their state law', () => {
    expect(lawsForRecipient(model, 'us-senator', 'ca')).toEqual(['fed']);
    expect(lawsForRecipient(model, 'state-legislator', 'ca')).toEqual(['ca-law']);
    expect(lawsForRecipient(model, 'state-legislator', 'ak')).toEqual([]);
  });
});

describe('composeLetter', () => {
  test('a static Congress template keeps every placeholder visible', () => {
    expectGolden('congress-static', composeLetter(model, templates, { template: 'congress-shared' }).text);
  });

  test('a detailed letter from a Californian to a senator, with story', () => {
    const letter = composeLetter(model, templates, {
      template: 'congress-shared',
      recipient: 'us-senator',
      state: 'ca',
      name: 'Ana Díaz',
      city: 'Fresno',
      contact: 'ana@example.org',
      recipientName: 'Padilla',
      date: 'November 25, 2026',
      story: 'My MRI was shared.',
    });
    expectGolden('senator-ca-detailed', letter.text);
    expect(letter.footnotes[0]!.urls).toContain('https://example.org/scenarios/shared/#fed');
    expect(letter.footnotes[0]!.urls).toContain('https://example.org/articles/sharing/');
  });

  test('a brief letter to California legislators uses state law, gaps first, then protections', () => {
    const letter = composeLetter(model, templates, { template: 'state-shared', state: 'ca', length: 'brief' });
    expectGolden('state-ca-brief', letter.text);
  });

  test('footnotes the article that discusses the cell’s own law', () => {
    const letter = composeLetter(model, templates, { template: 'state-shared', state: 'ca', concerns: ['shared'] });
    expect(letter.footnotes[0]!.urls).toContain('https://example.org/articles/california-sharing/');
    expect(letter.footnotes[0]!.urls).not.toContain('https://example.org/articles/sharing/');
  });

  test('a state with no law of its own says so and gives the federal gap', () => {
    const letter = composeLetter(model, templates, { template: 'state-shared', state: 'ak', concerns: ['breach'] });
    expect(letter.text).toContain("This site's review found no Alaska law that addresses this situation");
    expect(letter.text).toContain('Require notice, in Alaska law.');
    expectGolden('state-ak', letter.text);
  });

  test('DC residents write to a Delegate', () => {
    const letter = composeLetter(model, templates, { template: 'congress-shared', recipient: 'us-representative', state: 'dc' });
    expect(letter.text).toContain('Dear Delegate [RECIPIENT NAME],');
  });

  test('a provider letter resolves its cite tokens to footnotes', () => {
    const letter = composeLetter(model, templates, { template: 'provider-copy', provider: 'General Hospital' });
    expectGolden('provider-copy', letter.text);
  });

  test('keeps hostile text verbatim: it is data, never markup', () => {
    const story = '<script>alert(1)</script> "quotes" & ‮RTL‬ zero​width 🩻';
    const letter = composeLetter(model, templates, { template: 'congress-shared', story, name: '<b>x</b>' });
    expect(letter.text).toContain(story);
    expect(letter.text).toContain('<b>x</b>');
  });

  test('throws on an unknown template or an unresolved cite', () => {
    expect(() => composeLetter(model, templates, { template: 'nope' })).toThrow('Unknown letter template');
    expect(() => composeLetter({ ...model, cites: {} }, templates, { template: 'provider-copy' })).toThrow('cites unknown source "src"');
  });
});

describe('builderTemplate', () => {
  test('merges the templates for several concerns', () => {
    const merged = builderTemplate(templates, 'us-senator', ['shared', 'breach'])!;
    expect(merged.scenarios).toEqual(['shared', 'breach']);
    expect(merged.subject).toBe("Close the gaps in the law on patients' medical images");
  });
  test('keeps one template as it is, limited to the chosen concerns', () => {
    expect(builderTemplate(templates, 'state-legislator', ['breach'])!.scenarios).toEqual(['breach']);
  });
  test('is undefined when no template fits', () => {
    expect(builderTemplate(templates, 'hhs-ocr', ['shared'])).toBeUndefined();
  });
});

describe('mailtoLink', () => {
  test('encodes subject and body', () => {
    expect(mailtoLink('Hi there', 'A & B')).toBe('mailto:?subject=Hi%20there&body=A%20%26%20B');
  });
  test('is undefined for a letter too long for a link', () => {
    expect(mailtoLink('s', 'x'.repeat(5000))).toBeUndefined();
  });
});

describe('phoneScript', () => {
  test('states who is calling and the first ask', () => {
    const letter = composeLetter(model, templates, { template: 'congress-shared' });
    const script = phoneScript(letter, { name: 'Ana', city: 'Fresno' });
    expect(script).toContain('my name is Ana and I am a constituent from Fresno');
    expect(script).toContain('Require notice and an opt-out.');
  });
});
