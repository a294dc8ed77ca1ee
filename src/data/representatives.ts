/** What the representative lookup needs at build time: its sources' dates and each state's official lookup. */
import meta from '../../public/representatives/meta.json' with { type: 'json' };
import type { RepresentativesMeta } from '../lib/representatives';
import { getStates } from './model';

export const representativesMeta = meta as RepresentativesMeta;

/** The lookup's configuration: sources and, per state, its name and official "find my legislator" page. */
export type LookupConfig = Awaited<ReturnType<typeof getLookupConfig>>;

export async function getLookupConfig() {
  const states = Object.fromEntries(
    (await getStates()).map((state) => [state.code, { name: state.name, lookupUrl: state.lookupUrl ?? state.legislatureHome }]),
  );
  return { meta: representativesMeta, states };
}

/** What /representatives/ prints: the lookup, the official lookups and where the data come from. */
export async function getRepresentativesPageView() {
  const states = await getStates();
  return {
    lookup: await getLookupConfig(),
    stateLookups: states.map((state) => ({ href: state.lookupUrl ?? state.legislatureHome, label: state.name })),
    meta: representativesMeta,
  };
}
