/**
 * `npm run data:update -- <congress-legislators dir> <zccd.csv> <openstates tarball>`
 *
 * Turns public-domain snapshots of who represents whom into the compact files the
 * representative lookup reads in the browser, under public/representatives/:
 *   zip/<first three digits>.json  ZIP (last two digits) -> state and congressional district(s)
 *   state/<code>.json              senators, House members with district offices, attorney general,
 *                                  state legislators by chamber (DC: Delegate and Council)
 *   meta.json                      each source's upstream, commit, date and licence
 * Nothing downloads: pass paths to local copies (see README, "Representatives data"). The build
 * and the tests read only the committed output.
 *
 * Options: --congress-commit=<sha> --congress-date=YYYY-MM-DD (likewise --zccd-… and --openstates-…)
 * record which upstream version the files came from.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'yaml';
import type { Person, RepresentativesMeta, SourceMeta, StateFile, ZipShard } from '../src/lib/representatives.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
const [congressDir, zccdPath, openstatesPath] = args.filter((arg) => !arg.startsWith('--'));
if (!congressDir || !zccdPath || !openstatesPath) {
  console.error('Usage: npm run data:update -- <congress-legislators dir> <zccd.csv> <openstates tar.gz> [--congress-date=YYYY-MM-DD ...]');
  process.exit(1);
}
const out = 'public/representatives';

// ---------------------------------------------------------------- sources and dates
/** One upstream: its pinned commit and date, unless --<key>-commit / --<key>-date name the copy used. */
const upstream = <T extends SourceMeta>(key: string, source: T): T => ({
  ...source,
  commit: flag(`${key}-commit`) ?? source.commit,
  asOf: flag(`${key}-date`) ?? source.asOf,
});
const meta: RepresentativesMeta = {
  congress: upstream('congress', {
    name: 'unitedstates/congress-legislators',
    url: 'https://github.com/unitedstates/congress-legislators',
    commit: 'dfa9622263dd4c8d08636926e498f1845704d7eb',
    asOf: '2026-06-15',
    licence: 'CC0 1.0 (public domain dedication)',
    congress: 119,
    termEnds: '2027-01-03',
  }),
  zccd: upstream('zccd', {
    name: 'OpenSourceActivismTech/us-zipcodes-congress (zccd.csv)',
    url: 'https://github.com/OpenSourceActivismTech/us-zipcodes-congress',
    commit: '1335b61ff36b6835a25fc63c754070a6148110e7',
    asOf: '2024-11-12',
    licence: 'U.S. Government work (Census Bureau data), no copyright',
    congress: 119,
  }),
  openstates: upstream('openstates', {
    name: 'openstates/people',
    url: 'https://github.com/openstates/people',
    commit: '934bf09a94a35351baf872c70e778a4367c8266e',
    asOf: '2026-08-05',
    licence: 'CC0 1.0 (public domain dedication)',
  }),
};

// ---------------------------------------------------------------- helpers
const clean = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0))) as T;
const https = (url: unknown) => (typeof url === 'string' && url ? url.replace(/^http:\/\//, 'https://') : undefined);
const phone = (text: unknown) => (typeof text === 'string' ? text.trim() : undefined);

// ---------------------------------------------------------------- Congress
type Term = {
  type: 'sen' | 'rep';
  start: string;
  end: string;
  state: string;
  district?: number;
  party?: string;
  url?: string;
  address?: string;
  phone?: string;
  contact_form?: string;
};
type Legislator = { id: { bioguide: string }; name: { first: string; last: string; official_full?: string; nickname?: string }; terms: Term[] };
const legislators = parse(readFileSync(join(congressDir, 'legislators-current.yaml'), 'utf8'), { maxAliasCount: -1 }) as Legislator[];
const districtOffices = parse(readFileSync(join(congressDir, 'legislators-district-offices.yaml'), 'utf8'), { maxAliasCount: -1 }) as {
  id: { bioguide: string };
  offices?: { city?: string; state?: string; zip?: string; address?: string; suite?: string; phone?: string }[];
}[];
const officesById = new Map(districtOffices.map((entry) => [entry.id.bioguide, entry.offices ?? []]));

const byState = new Map<string, Person[]>();
// The 50 states and DC: the ZIP file has no territory, so their Delegates are left out.
const territories = ['as', 'gu', 'mp', 'pr', 'vi'];
const add = (state: string, person: Person) => {
  const code = state.toLowerCase();
  if (territories.includes(code)) return;
  if (!byState.has(code)) byState.set(code, []);
  byState.get(code)!.push(clean(person));
};
for (const member of legislators) {
  const term = member.terms.at(-1)!;
  const offices = (officesById.get(member.id.bioguide) ?? [])
    .filter((office) => office.phone)
    .map((office) =>
      clean({ city: office.city, phone: phone(office.phone), zip: office.zip, address: [office.address, office.suite].filter(Boolean).join(', ') }),
    );
  add(term.state, {
    kind: term.type === 'sen' ? 'us-senator' : 'us-representative',
    name: member.name.official_full ?? `${member.name.first} ${member.name.last}`,
    last: member.name.last,
    party: term.party,
    district: term.type === 'rep' ? String(term.district ?? 0) : undefined,
    phone: phone(term.phone),
    address: term.address,
    url: https(term.url),
    form: https(term.contact_form),
    end: term.end,
    offices,
  });
}

// ---------------------------------------------------------------- ZIP to district
const zips = new Map<string, Map<string, string[]>>();
for (const line of readFileSync(zccdPath, 'utf8').split(/\r?\n/).slice(1)) {
  const [, stateAbbr, zcta, cd] = line.split(',');
  if (!stateAbbr || !zcta || cd === undefined) continue;
  const prefix = zcta.slice(0, 3);
  if (!zips.has(prefix)) zips.set(prefix, new Map());
  const shard = zips.get(prefix)!;
  const key = zcta.slice(3);
  const value = `${stateAbbr.toLowerCase()}-${cd.trim()}`;
  if (!shard.has(key)) shard.set(key, []);
  if (!shard.get(key)!.includes(value)) shard.get(key)!.push(value);
}

// ---------------------------------------------------------------- states (Open States)
/** A minimal reader for the tarball: ustar headers, with GNU and pax long names. */
function* tarEntries(buffer: Buffer): Generator<{ path: string; text: string }> {
  let offset = 0;
  let longName: string | undefined;
  while (offset + 512 <= buffer.length) {
    const header = buffer.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start: number, length: number) =>
      header
        .subarray(start, start + length)
        .toString('utf8')
        .replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1);
    const prefix = field(345, 155);
    const name = longName ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100));
    longName = undefined;
    const body = buffer.subarray(offset + 512, offset + 512 + size);
    if (type === 'L') longName = body.toString('utf8').replace(/\0.*$/s, '');
    else if (type === 'x') longName = /\d+ path=([^\n]*)\n/.exec(body.toString('utf8'))?.[1];
    else if (type === '0' || type === '') yield { path: name, text: body.toString('utf8') };
    offset += 512 + Math.ceil(size / 512) * 512;
  }
}
type OsPerson = {
  name: string;
  family_name?: string;
  email?: string;
  party?: { name: string; end_date?: string }[];
  roles?: { type: string; district?: string; start_date?: string; end_date?: string }[];
  offices?: { classification: string; address?: string; voice?: string }[];
  links?: { url: string; note?: string }[];
};
const asOf = meta.openstates.asOf;
const current = (role: { start_date?: string; end_date?: string }) => !role.end_date || String(role.end_date) > asOf;
const lastName = (person: OsPerson) =>
  person.family_name ||
  person.name
    .split(' ')
    .filter((part) => !/^(jr\.?|sr\.?|ii|iii|iv)$/i.test(part))
    .at(-1)!;
for (const { path, text } of tarEntries(gunzipSync(readFileSync(openstatesPath)))) {
  const match = /data\/([a-z]{2})\/(legislature|executive)\/[^/]+\.yml$/.exec(path);
  if (!match) continue;
  const [, state, folder] = match;
  if (state === 'us' || state === 'pr') continue;
  const person = parse(text) as OsPerson;
  const roles = (person.roles ?? []).filter(current);
  const capitol = person.offices?.find((office) => office.classification === 'capitol' && office.voice) ?? person.offices?.find((office) => office.voice);
  const district = person.offices?.filter((office) => office.classification === 'district' && office.voice && office !== capitol);
  const links = person.links ?? [];
  const base = {
    name: person.name.trim(),
    last: lastName(person).trim(),
    party: person.party?.find((party) => !party.end_date)?.name ?? person.party?.[0]?.name,
    phone: phone(capitol?.voice),
    address: capitol?.address?.replace(/;\s*/g, ', ').replace(/-$/, ''),
    url: https(links.find((link) => !link.note || link.note === 'homepage')?.url),
    form: https(links.find((link) => link.note === 'webform')?.url),
    email: person.email,
    offices: (district ?? []).map((office) => clean({ phone: phone(office.voice), address: office.address?.replace(/;\s*/g, ', ') })),
  };
  if (folder === 'executive') {
    const role = roles.find((candidate) => candidate.type === 'attorney general');
    if (role) add(state!, { ...base, kind: 'state-attorney-general', end: role.end_date ? String(role.end_date) : undefined });
    continue;
  }
  const role = roles.find((candidate) => ['upper', 'lower', 'legislature'].includes(candidate.type));
  if (!role) continue;
  add(state!, {
    ...base,
    kind: 'state-legislator',
    chamber: role.type as Person['chamber'],
    district: role.district,
    end: role.end_date ? String(role.end_date) : undefined,
  });
}

// ---------------------------------------------------------------- write
rmSync(join(out, 'zip'), { recursive: true, force: true });
rmSync(join(out, 'state'), { recursive: true, force: true });
mkdirSync(join(out, 'zip'), { recursive: true });
mkdirSync(join(out, 'state'), { recursive: true });
const naturally = (a: string | undefined, b: string | undefined) => (a ?? '').localeCompare(b ?? '', 'en', { numeric: true });
const kindOrder = ['us-senator', 'us-representative', 'state-attorney-general', 'state-legislator'];
const chamberOrder = ['upper', 'lower', 'legislature'];
let stateFiles = 0;
for (const [state, people] of byState) {
  people.sort(
    (a, b) =>
      kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind) ||
      chamberOrder.indexOf(a.chamber ?? '') - chamberOrder.indexOf(b.chamber ?? '') ||
      naturally(a.district, b.district) ||
      a.last.localeCompare(b.last),
  );
  writeFileSync(join(out, 'state', `${state}.json`), `${JSON.stringify({ state, people } satisfies StateFile)}\n`);
  stateFiles++;
}
for (const [prefix, shard] of zips) {
  const entries = Object.fromEntries([...shard].sort(([a], [b]) => a.localeCompare(b)).map(([key, districts]) => [key, districts.join(' ')]));
  const states = [...new Set([...shard.values()].flat().map((value) => value.split('-')[0]!))].sort();
  writeFileSync(join(out, 'zip', `${prefix}.json`), `${JSON.stringify({ prefix, states, zips: entries } satisfies ZipShard)}\n`);
}
writeFileSync(join(out, 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
console.log(
  `Wrote ${zips.size} ZIP shards and ${stateFiles} state files to ${out}/ (Congress as of ${meta.congress.asOf}, ZIP areas ${meta.zccd.asOf}, states ${meta.openstates.asOf}).`,
);
