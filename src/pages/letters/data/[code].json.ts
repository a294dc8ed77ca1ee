/** The letter builder's model, one jurisdiction per file ("us" and each state), fetched when the reader chooses. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getLetterSlice } from '../../../data/letters';
import { getStates } from '../../../data/model';

export const getStaticPaths = (async () => [
  { params: { code: 'us' } },
  ...(await getStates()).map((state) => ({ params: { code: state.code } })),
]) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await getLetterSlice(params.code!)), { headers: { 'Content-Type': 'application/json' } });
