import type { APIRoute } from 'astro';
import { coverageJson, jsonResponse } from '../../data/open-data';

/** The gap model, one record per written cell (the same rows as coverage.csv). */
export const GET: APIRoute = async () => jsonResponse(await coverageJson());
