import type { APIRoute } from 'astro';
import { citationFormatter, getMatrix } from '../../data/model';
import { modelToCsv } from '../../lib/gap-model';

export const GET: APIRoute = async () => {
  const csv = modelToCsv(await getMatrix(), await citationFormatter());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
