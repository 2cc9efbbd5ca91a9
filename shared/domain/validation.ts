/**
 * Small helpers for validation rules. Refusals themselves are reported through `check.ts`
 * (FieldIssue, checkRecord, RecordValidationError), the one shape every record rule returns.
 */

/** Length as a user counts it: rare characters outside the BMP (e.g. 𠮷) count once, not twice. */
export function charCount(text: string): number {
  return [...text].length
}
