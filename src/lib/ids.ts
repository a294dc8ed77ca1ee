/** Ids are lowercase kebab-case and equal their file names (DECISIONS.md). */
export const kebabCaseId = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True when `id` is a valid lowercase kebab-case id. */
export function isKebabCaseId(id: string): boolean {
  return kebabCaseId.test(id);
}
