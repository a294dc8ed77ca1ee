/** What the representative lookup needs at build time: its sources' dates and each state's official lookup. */
import meta from '../../public/representatives/meta.json' with { type: 'json' };
import type { RepresentativesMeta } from '../lib/representatives';
import { getStates } from './model';

export const representativesMeta = meta as RepresentativesMeta;

/** The lookup's configuration: sources and, per state, its name and official "find my legislator" page. */
export async function getLookupConfig() {
  const states = Object.fromEntries(
    (await getStates()).map((state) => [state.code, { name: state.name, lookupUrl: state.lookupUrl ?? state.legislatureHome }]),
  );
  return { meta: representativesMeta, states };
}
