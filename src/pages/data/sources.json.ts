import type { APIRoute } from 'astro';
import { getSourcesCsl } from '../../data/sources';

/** The bibliography as CSL-JSON: every source the site cites, for reference managers. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await getSourcesCsl(), null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
