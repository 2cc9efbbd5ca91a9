/**
 * The one shape every record rule returns, so repositories, forms and importers handle bad
 * input the same way: errors (nothing is written) and warnings (shown, may be accepted), each
 * addressed to a field with a Chinese message.
 */
import type { z } from 'zod'

export interface FieldIssue {
  /** Dotted field path, e.g. `uscc` or `rating.ratedOn`; empty for the record as a whole. */
  field: string
  level: 'error' | 'warning'
  message: string
}

export type CheckResult<T> =
  { ok: true; value: T; warnings: FieldIssue[] } | { ok: false; issues: FieldIssue[] }

/** zod's findings as field errors, first message per field. */
export function zodIssues(error: z.ZodError): FieldIssue[] {
  const seen = new Set<string>()
  const issues: FieldIssue[] = []
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.')
    if (seen.has(field)) continue
    seen.add(field)
    // zod words this one in English; every other message comes from our schemas.
    const message =
      issue.code === 'unrecognized_keys' ? `不认识的字段：${issue.keys.join('、')}` : issue.message
    issues.push({ field, level: 'error', message })
  }
  return issues
}

/** The top-level field a dotted issue path belongs to: `rating.ratedOn` → `rating`. */
export function topField(path: string): string {
  return path.split('.')[0]!
}

/**
 * `draft` with each `broken` top-level field replaced by the entity's valid stand-in. A rule
 * checks across fields only once the whole shape is right, so running it again on this draft
 * finds what is wrong with every other field too. A broken path the stand-ins do not name (the
 * record as a whole) is left as it is.
 */
export function standInFor<D extends object>(
  draft: D,
  broken: ReadonlySet<string>,
  standIns: Readonly<D>
): D {
  const next = { ...draft } as Record<string, unknown>
  const source = standIns as Readonly<Record<string, unknown>>
  for (const field of broken) {
    if (Object.hasOwn(source, field)) next[field] = source[field]
  }
  return next as D
}

/**
 * Parse with `schema`, then apply `rules` to the parsed value. `rules` may return a normalised
 * value (e.g. an upgraded ID number) together with its findings.
 */
export function checkRecord<S extends z.ZodType, T = z.output<S>>(
  schema: S,
  input: unknown,
  rules: (value: z.output<S>) => { value: T; issues: FieldIssue[] }
): CheckResult<T> {
  const parsed = schema.safeParse(input)
  if (!parsed.success) return { ok: false, issues: zodIssues(parsed.error) }
  const { value, issues } = rules(parsed.data)
  const errors = issues.filter((issue) => issue.level === 'error')
  if (errors.length > 0) return { ok: false, issues }
  return { ok: true, value, warnings: issues }
}

/** Thrown by a repository when a write is refused; nothing was written. */
export class RecordValidationError extends Error {
  readonly issues: readonly FieldIssue[]

  constructor(issues: readonly FieldIssue[]) {
    super(
      issues
        .filter((issue) => issue.level === 'error')
        .map((issue) => issue.message)
        .join('；')
    )
    this.name = 'RecordValidationError'
    this.issues = issues
  }
}
