import type { APIRoute } from 'astro';
import { csvResponse, getLawsTable } from '../../data/open-data';

/** Every law in the model as CSV: the same rows as laws.json. */
export const GET: APIRoute = async () => csvResponse(await getLawsTable());
