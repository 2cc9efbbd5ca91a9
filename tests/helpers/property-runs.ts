/**
 * fast-check parameters for every property test, so that a run can be replayed and its cases
 * counted (issue #10: "report how many cases ran").
 *
 * - `FC_SEED=<integer>` starts every property from that seed. fast-check prints the seed and path
 *   of a failure; with the same seed a run generates the same cases again.
 * - `FC_RUNS_LOG=<file>` appends one line per property, `cases<TAB>test file<TAB>test name`, so a
 *   run can add them up: `awk -F'\t' '{ n += $1 } END { print n }' <file>`.
 *
 * A property that passes has run exactly `numRuns` cases: fast-check counts only the cases that
 * got past `fc.pre`.
 */
import { appendFileSync } from 'node:fs'
import { relative } from 'node:path'
import { expect } from 'vitest'

export interface PropertyRuns {
  numRuns: number
  seed?: number
}

function seedFromEnv(): number | undefined {
  const text = process.env.FC_SEED?.trim()
  if (!text) return undefined
  const seed = Number(text)
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${text}"`)
  return seed
}

/** `{ numRuns }` for `fc.assert`, with the seed of FC_SEED; logs the count when FC_RUNS_LOG is set. */
export function propertyRuns(numRuns: number): PropertyRuns {
  const log = process.env.FC_RUNS_LOG?.trim()
  if (log) {
    const { testPath, currentTestName } = expect.getState()
    const file = testPath ? relative(process.cwd(), testPath) : ''
    appendFileSync(log, `${numRuns}\t${file}\t${currentTestName ?? ''}\n`)
  }
  const seed = seedFromEnv()
  return seed === undefined ? { numRuns } : { numRuns, seed }
}
