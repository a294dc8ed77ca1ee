import type { APIRoute } from 'astro';
import { dataMeta, getStateLawsTable, jsonResponse, tableToJson } from '../../data/open-data';

/** Each state and DC with its own laws in the model (the same rows as state-laws.csv). */
export const GET: APIRoute = async () => jsonResponse(tableToJson(await getStateLawsTable(), dataMeta));
