import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import {
  attorneyGeneral,
  checkZip,
  congressFor,
  findZip,
  honorific,
  isStale,
  legislatureFor,
  nearestOffice,
  salutationFor,
  shardPath,
  statePath,
  titleFor,
  zipProblem,
  type RepresentativesMeta,
  type StateFile,
  type ZipShard,
} from '../../src/lib/representatives';

const read = <T>(path: string) => JSON.parse(readFileSync(`public/representatives/${path}`, 'utf8')) as T;
const meta = read<RepresentativesMeta>('meta.json');
const shard = (prefix: string) => {
  try {
    return read<ZipShard>(`zip/${prefix}.json`);
  } catch {
    return undefined;
  }
};
const state = (code: string) => read<StateFile>(`state/${code}.json`);
const ohio = { code: 'oh', name: 'Ohio' };

describe('checkZip', () => {
  test('accepts five digits and ZIP+4, and keeps only the first three for requests', () => {
    expect(checkZip(' 43215 ')).toEqual({ ok: true, zip: '43215', prefix: '432' });
    expect(checkZip('43215-1234')).toEqual({ ok: true, zip: '43215', prefix: '432' });
    expect(shardPath('432')).toBe('/representatives/zip/432.json');
    expect(statePath('oh')).toBe('/representatives/state/oh.json');
  });
  test('gives a plain sentence for anything else, never a crash', () => {
    for (const input of ['', '4321', '432155', 'abcde', '<img src=x onerror=alert(1)>', '43215-12', '４３２１５']) {
      const check = checkZip(input);
      expect(check.ok).toBe(false);
      expect(zipProblem(check)).toMatch(/ZIP code/);
    }
  });
});

describe('ZIP to districts to people (the committed data)', () => {
  test('an Ohio ZIP in one district: two senators and one representative', () => {
    const result = findZip(shard('432'), '43201');
    expect(result).toEqual({ kind: 'found', zip: '43201', districts: [{ state: 'oh', district: '3' }], states: ['oh'] });
    const { senators, representatives } = congressFor(state('oh'), result.kind === 'found' ? result.districts : []);
    expect(senators.map((p) => p.last).sort()).toEqual(['Husted', 'Moreno']);
    expect(representatives.map((p) => p.name)).toEqual(['Joyce Beatty']);
    expect(representatives[0]!.phone).toMatch(/^202-/);
  });
  test('a split ZIP gives every candidate representative', () => {
    const result = findZip(shard('432'), '43215');
    expect(result.kind === 'found' && result.districts.map((d) => d.district).sort()).toEqual(['15', '3']);
    const { representatives } = congressFor(state('oh'), result.kind === 'found' ? result.districts : []);
    expect(representatives).toHaveLength(2);
  });
  test('an at-large state: district 0', () => {
    const result = findZip(shard('820'), '82001');
    expect(result).toMatchObject({ kind: 'found', districts: [{ state: 'wy', district: '0' }] });
    const { representatives } = congressFor(state('wy'), result.kind === 'found' ? result.districts : []);
    expect(representatives).toHaveLength(1);
    expect(titleFor(representatives[0]!, { code: 'wy', name: 'Wyoming' })).toBe('U.S. Representative for Wyoming (at large)');
  });
  test('DC: the Delegate, no senators, the Council by ward', () => {
    const result = findZip(shard('200'), '20001');
    expect(result).toMatchObject({ kind: 'found', states: ['dc'] });
    const dc = state('dc');
    const { senators, representatives } = congressFor(dc, result.kind === 'found' ? result.districts : []);
    expect(senators).toEqual([]);
    expect(salutationFor(representatives[0]!, 'dc')).toBe('Dear Delegate Norton,');
    const council = legislatureFor(dc);
    expect(council).toHaveLength(1);
    expect(council[0]!.name).toBe('Council of the District of Columbia');
    expect(council[0]!.people.length).toBeGreaterThanOrEqual(12);
    expect(
      salutationFor(
        council[0]!.people.find((p) => p.district === 'Ward 2')!,
        'dc',
      ),
    ).toMatch(/^Dear Councilmember \S+,$/);
  });
  test('a ZIP with no Census ZIP area is "unknown" but still names its state', () => {
    const result = findZip(shard('432'), '43299');
    expect(result).toEqual({ kind: 'unknown', zip: '43299', statesForPrefix: ['oh'] });
    expect(zipProblem(result)).toMatch(/PO box/);
    expect(findZip(undefined, '00001')).toEqual({ kind: 'unknown', zip: '00001', statesForPrefix: [] });
  });
  test('a ZIP area in two states lists both', () => {
    // zccd.csv lists ZCTA 02861 in both Massachusetts and Rhode Island.
    const result = findZip(shard('028'), '02861');
    expect(result.kind === 'found' && result.states.sort()).toEqual(['ma', 'ri']);
  });
  test('state attorney general and legislators by chamber', () => {
    const oh = state('oh');
    expect(attorneyGeneral(oh)?.name).toBe('Dave Yost');
    expect(salutationFor(attorneyGeneral(oh)!, 'oh')).toBe('Dear Attorney General Yost,');
    const chambers = legislatureFor(oh);
    expect(chambers.map((c) => [c.name, c.people.length])).toEqual([
      ['State Senate', 33],
      ['State House', 99],
    ]);
    expect(salutationFor(chambers[0]!.people[0]!, 'oh')).toMatch(/^Dear Senator /);
    expect(salutationFor(chambers[1]!.people[0]!, 'oh')).toMatch(/^Dear Representative /);
  });
  test('every state file is small enough for one lookup (30 KB gzip with its shard)', async () => {
    const { gzipSync } = await import('node:zlib');
    const { readdirSync } = await import('node:fs');
    const largestState = Math.max(
      ...readdirSync('public/representatives/state').map((f) => gzipSync(readFileSync(`public/representatives/state/${f}`)).length),
    );
    const largestShard = Math.max(...readdirSync('public/representatives/zip').map((f) => gzipSync(readFileSync(`public/representatives/zip/${f}`)).length));
    expect(largestState + largestShard).toBeLessThan(30 * 1024);
  });
});

describe('honorifics', () => {
  test.each([
    [{ kind: 'us-senator' as const, last: 'Moreno' }, 'oh', 'Dear Senator Moreno,'],
    [{ kind: 'us-representative' as const, last: 'Beatty' }, 'oh', 'Dear Representative Beatty,'],
    [{ kind: 'us-representative' as const, last: 'Norton' }, 'dc', 'Dear Delegate Norton,'],
    [{ kind: 'state-attorney-general' as const, last: 'Yost' }, 'oh', 'Dear Attorney General Yost,'],
    [{ kind: 'state-legislator' as const, chamber: 'upper' as const, last: 'Smith' }, 'oh', 'Dear Senator Smith,'],
    [{ kind: 'state-legislator' as const, chamber: 'lower' as const, last: 'Smith' }, 'oh', 'Dear Representative Smith,'],
    [{ kind: 'state-legislator' as const, chamber: 'lower' as const, last: 'Smith' }, 'ca', 'Dear Assemblymember Smith,'],
    [{ kind: 'state-legislator' as const, chamber: 'lower' as const, last: 'Smith' }, 'md', 'Dear Delegate Smith,'],
    [{ kind: 'state-legislator' as const, chamber: 'legislature' as const, last: 'Smith' }, 'ne', 'Dear Senator Smith,'],
    [{ kind: 'state-legislator' as const, chamber: 'legislature' as const, district: 'Chairman', last: 'Mendelson' }, 'dc', 'Dear Chairman Mendelson,'],
  ])('%o in %s', (person, code, expected) => {
    expect(salutationFor(person, code)).toBe(expected);
    expect(honorific(person, code)).toBe(expected.slice(5, -1 - person.last.length - 1 + 1).trim());
  });
});

describe('freshness (an injected date, never the clock)', () => {
  const member = { kind: 'us-representative' as const, end: '2027-01-03' };
  const legislator = { kind: 'state-legislator' as const };
  test('current before the term ends', () => {
    expect(isStale(member, '2026-12-06', meta)).toBe(false);
    expect(isStale(legislator, '2026-12-06', meta)).toBe(false);
  });
  test('possibly out of date from the day the term ends (the 119th Congress ends 2027-01-03)', () => {
    expect(meta.congress.termEnds).toBe('2027-01-03');
    expect(isStale(member, '2027-01-03', meta)).toBe(true);
    expect(isStale(legislator, '2027-02-01', meta)).toBe(true);
  });
  test('an appointed senator whose term ended at a special election is flagged now', () => {
    const husted = state('oh').people.find((p) => p.last === 'Husted')!;
    expect(husted.end).toBe('2026-11-03');
    expect(isStale(husted, '2026-12-06', meta)).toBe(true);
  });
});

describe('nearestOffice', () => {
  test('picks the district office whose ZIP shares the most leading digits', () => {
    const person = {
      kind: 'us-representative' as const,
      name: 'X',
      last: 'X',
      offices: [
        { city: 'Cincinnati', zip: '45202', phone: '1' },
        { city: 'Columbus', zip: '43215', phone: '2' },
      ],
    };
    expect(nearestOffice(person, '43201')?.city).toBe('Columbus');
    expect(nearestOffice(person, '45040')?.city).toBe('Cincinnati');
  });
});

describe('titles', () => {
  test('ordinal districts', () => {
    expect(titleFor({ kind: 'us-representative', name: 'Joyce Beatty', last: 'Beatty', district: '3' }, ohio)).toBe("U.S. Representative, Ohio's 3rd district");
    expect(titleFor({ kind: 'us-representative', name: 'A', last: 'A', district: '11' }, ohio)).toBe("U.S. Representative, Ohio's 11th district");
  });
});
