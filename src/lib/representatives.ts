/**
 * Who represents a ZIP code: pure helpers behind /representatives/ and the letter builder's
 * lookup. The data are the compact files `npm run data:update` writes to public/representatives/
 * (see scripts/data-update.ts): a shard per first three digits of a ZIP, and a file per state.
 * Only the first three digits of a ZIP ever appear in a request; the rest stays in the browser.
 */

export type PersonKind = 'us-senator' | 'us-representative' | 'state-legislator' | 'state-attorney-general';

export interface Office {
  city?: string;
  phone?: string;
  address?: string;
  zip?: string;
}

export interface Person {
  kind: PersonKind;
  name: string;
  last: string;
  party?: string;
  /** Congressional district ("0" at large), or the state district's name. */
  district?: string;
  /** State legislature: upper, lower, or legislature (one chamber: Nebraska, DC). */
  chamber?: 'upper' | 'lower' | 'legislature';
  phone?: string;
  address?: string;
  url?: string;
  form?: string;
  email?: string;
  /** When the term the data describes ends (YYYY-MM-DD), where the source gives it. */
  end?: string;
  offices?: Office[];
}

export interface ZipShard {
  prefix: string;
  /** States with a ZIP area in this shard (lowercase codes). */
  states: string[];
  /** Last two digits -> "oh-3 oh-15" (state and district; 0 = at large). */
  zips: Record<string, string>;
}

export interface StateFile {
  state: string;
  people: Person[];
}

export interface SourceMeta {
  name: string;
  url: string;
  commit: string;
  asOf: string;
  licence: string;
  congress?: number;
  termEnds?: string;
}
export interface RepresentativesMeta {
  congress: SourceMeta;
  zccd: SourceMeta;
  openstates: SourceMeta;
}

export const officialLookups = {
  house: 'https://www.house.gov/representatives/find-your-representative',
  senate: 'https://www.senate.gov/senators/senators-contact.htm',
  dcCouncil: 'https://dccouncil.gov/councilmembers/',
  dcAttorneyGeneral: 'https://oag.dc.gov/',
} as const;

/** The files a lookup may request: three digits or a state code, never a whole ZIP. */
export const shardPath = (prefix: string) => `/representatives/zip/${prefix}.json`;
export const statePath = (code: string) => `/representatives/state/${code}.json`;

export type ZipCheck = { ok: true; zip: string; prefix: string } | { ok: false; reason: 'empty' | 'format' };

/** Accept "43215", " 43215 " and ZIP+4 ("43215-1234"); anything else gets a plain sentence. */
export function checkZip(input: string): ZipCheck {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const match = /^(\d{5})(?:[-\s]?\d{4})?$/.exec(text);
  if (!match) return { ok: false, reason: 'format' };
  return { ok: true, zip: match[1]!, prefix: match[1]!.slice(0, 3) };
}

export interface District {
  state: string;
  /** "0" for a state's single at-large seat (and DC's Delegate). */
  district: string;
}

export type ZipResult =
  | { kind: 'found'; zip: string; districts: District[]; states: string[] }
  /** No Census ZIP area: a PO box, a single large mailer, or a new or unknown ZIP. */
  | { kind: 'unknown'; zip: string; statesForPrefix: string[] };

/** What a shard says about one ZIP. A missing shard (no ZIP area starts with these digits) is `undefined`. */
export function findZip(shard: ZipShard | undefined, zip: string): ZipResult {
  const entry = shard?.zips[zip.slice(3)];
  if (!shard || !entry) return { kind: 'unknown', zip, statesForPrefix: shard?.states ?? [] };
  const districts = entry.split(' ').map((value) => {
    const [state, district] = value.split('-');
    return { state: state!, district: district! };
  });
  return { kind: 'found', zip, districts, states: [...new Set(districts.map((d) => d.state))] };
}

/** The ZIP's state's members of Congress: its senators and every candidate representative. */
export function congressFor(file: StateFile, districts: District[]): { senators: Person[]; representatives: Person[] } {
  const wanted = new Set(districts.filter((d) => d.state === file.state).map((d) => d.district));
  return {
    senators: file.people.filter((person) => person.kind === 'us-senator'),
    representatives: file.people.filter((person) => person.kind === 'us-representative' && wanted.has(person.district ?? '')),
  };
}

export const attorneyGeneral = (file: StateFile) => file.people.find((person) => person.kind === 'state-attorney-general');

/** State legislators by chamber, upper first (Nebraska and DC have one). */
export function legislatureFor(file: StateFile): { chamber: 'upper' | 'lower' | 'legislature'; name: string; people: Person[] }[] {
  const chambers = (['upper', 'lower', 'legislature'] as const)
    .map((chamber) => ({
      chamber,
      name: chamberName(file.state, chamber),
      people: file.people.filter((p) => p.kind === 'state-legislator' && p.chamber === chamber),
    }))
    .filter((group) => group.people.length > 0);
  return chambers;
}

const assemblyStates = ['ca', 'nv', 'ny', 'wi', 'nj'];
const delegateStates = ['md', 'va', 'wv'];

export function chamberName(state: string, chamber: 'upper' | 'lower' | 'legislature'): string {
  if (state === 'dc') return 'Council of the District of Columbia';
  if (chamber === 'upper') return 'State Senate';
  if (chamber === 'legislature') return 'Legislature';
  if (assemblyStates.includes(state)) return 'State Assembly';
  if (delegateStates.includes(state)) return 'House of Delegates';
  return 'State House';
}

/** The title a salutation uses: "Senator", "Representative", "Delegate", "Attorney General"… */
export function honorific(person: Pick<Person, 'kind' | 'chamber' | 'district'>, state: string): string {
  switch (person.kind) {
    case 'us-senator':
      return 'Senator';
    case 'us-representative':
      return state === 'dc' ? 'Delegate' : 'Representative';
    case 'state-attorney-general':
      return 'Attorney General';
    case 'state-legislator':
      if (state === 'dc') return person.district === 'Chairman' ? 'Chairman' : 'Councilmember';
      if (person.chamber === 'upper' || person.chamber === 'legislature') return 'Senator';
      if (assemblyStates.includes(state)) return 'Assemblymember';
      if (delegateStates.includes(state)) return 'Delegate';
      return 'Representative';
  }
}

/** "Dear Senator Moreno," */
export const salutationFor = (person: Pick<Person, 'kind' | 'chamber' | 'district' | 'last'>, state: string) =>
  `Dear ${honorific(person, state)} ${person.last},`;

const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** "U.S. Representative, Ohio's 3rd district", "State Senator, district 1", "Delegate to the U.S. House…". */
export function titleFor(person: Person, state: { code: string; name: string }): string {
  const dc = state.code === 'dc';
  switch (person.kind) {
    case 'us-senator':
      return `U.S. Senator for ${state.name}`;
    case 'us-representative':
      if (dc) return 'Delegate to the U.S. House for the District of Columbia';
      return person.district === '0'
        ? `U.S. Representative for ${state.name} (at large)`
        : `U.S. Representative, ${state.name}'s ${ordinal(Number(person.district))} district`;
    case 'state-attorney-general':
      return dc ? 'Attorney General for the District of Columbia' : `Attorney General of ${state.name}`;
    case 'state-legislator': {
      if (dc) return person.district === 'Chairman' ? 'Chairman of the Council of the District of Columbia' : `Councilmember, ${person.district ?? 'DC'}`;
      const title = honorific(person, state.code);
      return `${title === 'Representative' || title === 'Senator' ? `State ${title}` : title}, district ${person.district ?? ''}`.trim();
    }
  }
}

/** The district office whose ZIP shares most leading digits with the reader's (a rough "nearest"). */
export function nearestOffice(person: Person, zip: string): Office | undefined {
  const offices = person.offices ?? [];
  let best: Office | undefined;
  let bestScore = -1;
  for (const office of offices) {
    let score = 0;
    while (score < 5 && office.zip?.[score] === zip[score]) score++;
    if (score > bestScore) {
      best = office;
      bestScore = score;
    }
  }
  return best;
}

/**
 * Is this person's record possibly out of date on `today` (YYYY-MM-DD, the build's or the
 * reader's date)? True once the term the data describes has ended. State legislators' records
 * seldom carry an end date: they are treated as ending with the 119th Congress's term, the first
 * January after the November 2026 elections.
 */
export function isStale(person: Pick<Person, 'end' | 'kind'>, today: string, meta: Pick<RepresentativesMeta, 'congress'>): boolean {
  const end = person.end ?? meta.congress.termEnds ?? '9999-12-31';
  return today >= end;
}

/** Today's date as YYYY-MM-DD in the reader's time zone. */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "June 15, 2026" */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  return `${months[m! - 1]} ${d}, ${y}`;
}

/** A tel: link from "202-224-2315" (digits only, so nothing else reaches the dialler). */
export const telHref = (phone: string) => `tel:+1${phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '')}`;

/** The plain sentence for a ZIP the lookup cannot place. */
export function zipProblem(check: ZipCheck | ZipResult): string {
  if ('ok' in check) {
    return !check.ok && check.reason === 'empty'
      ? 'Type your five-digit ZIP code.'
      : 'A ZIP code is five digits, like 43215 (or ZIP+4, like 43215-1234). Check it and try again.';
  }
  if (check.kind === 'unknown') {
    return check.statesForPrefix.length > 0
      ? 'This ZIP code is not in the Census list of ZIP areas this lookup uses. It may be a PO box or a single large mailer. The official lookup below finds your members from your street address.'
      : 'We found no ZIP area starting with these digits. Check the ZIP code, or use the official lookup below with your street address.';
  }
  return '';
}
