import type { APIRoute } from 'astro';
import { getMatrix } from '../../../data/model';
import { getCitationJson } from '../../../data/citations';

export async function getStaticPaths() {
  return (await getMatrix()).scenarios.map((scenario) => ({ params: { id: scenario.id } }));
}

/** This scenario page's citation as CSL-JSON, for reference managers. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await getCitationJson('scenarios', params.id!, site), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
