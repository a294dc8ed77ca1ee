import type { APIRoute } from 'astro';
import { csvResponse, getStateLawsTable } from '../../data/open-data';

/** Each state and DC with its own laws in the model as CSV: the same rows as state-laws.json. */
export const GET: APIRoute = async () => csvResponse(await getStateLawsTable());
