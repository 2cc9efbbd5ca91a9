/**
 * One seed for every fast-check property in `npm test`, so CI passes or fails on the code alone:
 * with fast-check's own random seed, a latent bug that one seed happened to reach failed a CI run
 * of a change that had nothing to do with it. New cases are explored on purpose instead, with
 * `FC_SEED=<integer>` (`npm run test:soak` runs the properties under many seeds and prints the
 * ones that fail).
 */
import fc from 'fast-check'

/** The seed `npm test` uses when FC_SEED is not set. */
const DEFAULT_SEED = 20_261_123

function seedFromEnv(text = process.env.FC_SEED?.trim()): number {
  if (!text) return DEFAULT_SEED
  const seed = Number(text)
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not "${text}"`)
  return seed
}

fc.configureGlobal({ seed: seedFromEnv() })
