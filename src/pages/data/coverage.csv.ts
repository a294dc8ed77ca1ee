import type { APIRoute } from 'astro';
import { csvResponse, getCoverageTable } from '../../data/open-data';

/** The gap model as CSV: the same rows as coverage.json. */
export const GET: APIRoute = async () => csvResponse(await getCoverageTable());
