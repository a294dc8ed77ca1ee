import type { APIRoute } from 'astro';
import { getMatrix } from '../../../data/model';
import { getCitationJson } from '../../../data/citations';

export async function getStaticPaths() {
  return (await getMatrix()).laws.map((law) => ({ params: { id: law.id } }));
}

/** This law page's citation as CSL-JSON, for reference managers. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await getCitationJson('laws', params.id!, site), { headers: { 'Content-Type': 'application/vnd.citationstyles.csl+json' } });
