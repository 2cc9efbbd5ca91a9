/**
 * fast-check parameters for the property tests of issue #10, so their cases can be counted
 * ("report how many cases ran"). Seeds are set for every property in fast-check-seed.ts.
 *
 * `FC_RUNS_LOG=<file>` appends one line per property, `cases<TAB>test file<TAB>test name`, so a
 * run can add them up: `awk -F'\t' '{ n += $1 } END { print n }' <file>`.
 *
 * A property that passes has run exactly `numRuns` cases: fast-check counts only the cases that
 * got past `fc.pre`.
 */
import { appendFileSync } from 'node:fs'
import { relative } from 'node:path'
import { expect } from 'vitest'

export interface PropertyRuns {
  numRuns: number
}

/** `{ numRuns }` for `fc.assert`; logs the count when FC_RUNS_LOG is set. */
export function propertyRuns(numRuns: number): PropertyRuns {
  const log = process.env.FC_RUNS_LOG?.trim()
  if (log) {
    const { testPath, currentTestName } = expect.getState()
    const file = testPath ? relative(process.cwd(), testPath) : ''
    appendFileSync(log, `${numRuns}\t${file}\t${currentTestName ?? ''}\n`)
  }
  return { numRuns }
}
