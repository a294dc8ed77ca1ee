/** The gap model as an open-data JSON document. */
import type { Matrix } from './gap-model';
import { statuses } from './vocabulary';

export function buildModelJson(
  matrix: Matrix,
  formatCitation: (citation: { source: string; pin?: string }) => string,
  meta: { licence: string; credit: string },
) {
  return {
    licence: meta.licence,
    credit: meta.credit,
    statuses: [...statuses],
    laws: matrix.laws,
    scenarios: matrix.scenarios,
    cells: matrix.allCells().map((cell) => ({
      scenario: cell.scenario,
      law: cell.law,
      status: cell.status,
      summary: cell.summary,
      detail: cell.detail,
      fix: cell.fix ?? null,
      citations: cell.citations.map((citation) => ({ ...citation, label: formatCitation(citation) })),
      confidence: cell.confidence,
      reviewed: cell.reviewed.toISOString().slice(0, 10),
    })),
  };
}
