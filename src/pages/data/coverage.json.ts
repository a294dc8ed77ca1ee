import type { APIRoute } from 'astro';
import { citationFormatter, getMatrix } from '../../data/model';
import { buildModelJson } from '../../lib/open-data';
import { strings } from '../../strings/en';

export const GET: APIRoute = async () => {
  const matrix = await getMatrix();
  const format = await citationFormatter();
  return new Response(JSON.stringify(buildModelJson(matrix, format, { licence: strings.licenceUrl, credit: strings.credit }), null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
