/**
 * Internal notes that must never reach readers: a change history says what changed for a reader
 * ("Corrected the deadline"), not how the file came about ("replaces the short sample entry").
 */
const internalNotePatterns: RegExp[] = [
  /\b(?:sample|stub|placeholder|dummy|test|short) (?:entry|article|page|text|version)\b/i,
  /\breplaces? the (?:short|sample|stub|placeholder|old|earlier|previous|draft)\b/i,
  /\b(?:TODO|FIXME|TBD|XXX)\b/,
  /\blorem ipsum\b/i,
  /\b(?:internal|editor'?s?|maintainer) note\b/i,
];

/** The internal-note phrases found in a reader-facing text (empty when there are none). */
export function internalNotes(text: string): string[] {
  return internalNotePatterns.flatMap((pattern) => {
    const match = pattern.exec(text);
    return match ? [match[0]] : [];
  });
}
