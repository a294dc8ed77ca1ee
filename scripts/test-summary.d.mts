// Types for scripts/test-summary.mjs (plain JavaScript so the system Node can run it).
export interface Stage {
  name: string;
  status: number;
  seconds: number;
  report?: string | undefined;
  cpu?: number | undefined;
}
export interface Row {
  name: string;
  seconds: number | undefined;
  cpu?: number | undefined;
  passed: number;
  failed: number;
  skipped: number;
  notes: string[];
}
export interface Summary {
  rows: Row[];
  totals: { passed: number; failed: number; skipped: number };
}
export const expectedStages: string[];
export function parseStages(text: string): Stage[];
export function countReport(report: unknown): { passed: number; failed: number; skipped: number; notes: string[] };
export function summarise(input: {
  stages: Stage[];
  readReport: (path: string) => unknown;
  exitStatus?: number;
  expected?: string[];
  before?: Stage[];
}): Summary;
export function formatSummary(summary: Summary): string;
