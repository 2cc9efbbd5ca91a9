/** One finding of a validator. Errors block saving; warnings are shown and may be accepted. */
export interface ValidationIssue {
  level: 'error' | 'warning'
  /** Stable machine code, for tests and for choosing a help text. */
  code: string
  /** What is wrong, in Chinese, naming the character or check that failed. */
  message: string
}

export function hasErrors(issues: readonly ValidationIssue[]): boolean {
  return issues.some((issue) => issue.level === 'error')
}

/** Upper-case and drop every kind of space, including the full-width one users paste. */
export function normalizeCode(input: string): string {
  return input
    .replace(/[\s\u3000]+/g, '')
    .replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) =>
      String.fromCharCode(ch.charCodeAt(0) - 0xfee0)
    )
    .toUpperCase()
}
