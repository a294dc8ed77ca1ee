import type { APIRoute } from 'astro';
import { dataMeta, getLawsTable, jsonResponse, tableToJson } from '../../data/open-data';

/** Every law in the model (the same rows as laws.csv). */
export const GET: APIRoute = async () => jsonResponse(tableToJson(await getLawsTable(), dataMeta));
