// `npm run test:soak [rounds]`: every fast-check property, again and again under new seeds.
//
// `npm test` runs the properties from one fixed seed (fast-check-seed.ts) so that CI is
// deterministic; this is where new cases are explored. Each round picks a seed, runs every test
// file that holds a property with FC_SEED set to it, and keeps the output of a failing round in
// test-results/soak/. Replay a failure with `FC_SEED=<seed> npx vitest run <file>`.
import { spawnSync } from 'node:child_process'
import { randomInt } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/**
 * Test files under `dir` that run a property.
 * @param {string} dir
 * @returns {string[]}
 */
function propertyFiles(dir) {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.test\.tsx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => readFileSync(file, 'utf8').includes('fc.assert('))
    .map((file) => relative(repoRoot, file))
    .sort()
}

const rounds = Number(process.argv[2] ?? 10)
if (!Number.isSafeInteger(rounds) || rounds < 1) {
  console.error(
    `usage: npm run test:soak [rounds], rounds a positive integer (got "${process.argv[2]}")`
  )
  process.exit(2)
}

const files = propertyFiles(join(repoRoot, 'tests'))
const logDir = join(repoRoot, 'test-results', 'soak')
console.info(`${files.length} files with properties, ${rounds} rounds`)

const failed = []
for (let round = 1; round <= rounds; round++) {
  const seed = randomInt(1, 2 ** 31 - 1)
  const started = Date.now()
  const run = spawnSync('npx', ['vitest', 'run', ...files], {
    cwd: repoRoot,
    env: { ...process.env, FC_SEED: String(seed) },
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024
  })
  const seconds = ((Date.now() - started) / 1000).toFixed(0)
  if (run.status === 0) {
    console.info(`round ${round}: seed ${seed} passed (${seconds} s)`)
    continue
  }
  mkdirSync(logDir, { recursive: true })
  const log = join(logDir, `seed-${seed}.log`)
  writeFileSync(log, `${run.stdout}\n${run.stderr}`)
  failed.push(seed)
  console.info(
    `round ${round}: seed ${seed} FAILED (${seconds} s), output in ${relative(repoRoot, log)}`
  )
}

if (failed.length > 0) {
  console.info(`failing seeds: ${failed.join(', ')}`)
  process.exit(1)
}
