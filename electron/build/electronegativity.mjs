// `npm run test:security`: Electronegativity over what `npm run build` produced, offline, failing
// on every HIGH or MEDIUM finding that is not in the reviewed allowlist beside this file.
//
// Why a wrapper and not the plain CLI:
// - the CLI exits 0 whatever it finds, so something has to turn findings into a verdict;
// - it reaches the network twice: its advisory check (AvailableSecurityFixesGlobalCheck) fetches
//   Electron's release list, and every start asks a web server for fresh translations. Office
//   and CI machines are offline, so the check is excluded and `got` is replaced by a stand-in that
//   refuses every request before the scanner loads;
// - it only reads `.js` and `.html`, so the sandboxed preload (`index.cjs`) and the module workers
//   (`.mjs`) would silently go unscanned: they are scanned from a copy under a `.js` name;
// - its 2021-era AST walker stops at private class members (`#field`, as in pdf.js), leaving the
//   file unchecked: such files are scanned again from a copy lowered to ES2021, and a file that
//   still cannot be read counts as a finding (check PARSE_ERROR) that needs a reviewed reason.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { Module, createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The built parts that ship in the app (electron-vite's output folders under `out/`). */
export const SCANNED_PARTS = ['main', 'preload', 'renderer']

/** Checks that need the network; their names as the scanner spells them (lower-cased). */
export const OFFLINE_EXCLUDED_CHECKS = ['availablesecurityfixesglobalcheck']

/** The pseudo-check a file gets when the scanner could not parse it. */
export const PARSE_ERROR = 'PARSE_ERROR'

/** Severities that fail the run unless allowlisted. */
const BLOCKING_SEVERITIES = new Set(['HIGH', 'MEDIUM'])

/** File kinds copied for the scan; the scanner itself only looks at `.js` and `.html`. */
const SCANNED_EXTENSIONS = /\.(js|cjs|mjs|html)$/

/**
 * @typedef {object} Finding
 * @property {string} check the scanner's check id, e.g. `DANGEROUS_FUNCTIONS_JS_CHECK`
 * @property {string} severity HIGH, MEDIUM, LOW or INFORMATIONAL (PARSE_ERROR counts as HIGH)
 * @property {string} file path under `out/`, forward slashes, e.g. `renderer/assets/x-AbCd1234.js`
 * @property {string} location `line:column`, or empty for whole-file findings
 * @property {string} description what the scanner says, one line
 */

/**
 * @typedef {object} AllowlistEntry
 * @property {string} check the check id the entry accepts
 * @property {string} file the file under `out/` with Vite's content hash left out
 *   (`renderer/assets/exceljs.min.js`), so a rebuild does not make the entry stale
 * @property {string} reason why the finding is acceptable, in one line
 */

/**
 * @typedef {object} Verdict
 * @property {Finding[]} blocking HIGH / MEDIUM findings no allowlist entry accepts
 * @property {Finding[]} allowed HIGH / MEDIUM findings an entry accepts
 * @property {Finding[]} informational LOW and INFORMATIONAL findings (reported, never failing)
 * @property {AllowlistEntry[]} stale entries that matched no finding
 */

/**
 * The raw issue and error objects the scanner's `run()` returns, as far as this wrapper reads them.
 * @typedef {object} ScannerIssue
 * @property {string} id
 * @property {{ name: string }} severity
 * @property {string} file
 * @property {{ line?: number, column?: number }} [location]
 * @property {string} [description]
 */
/**
 * @typedef {object} ScannerError
 * @property {string} file
 * @property {string} message
 * @property {boolean} tolerable
 */

/**
 * A built file's name without Vite's content hash (`index-q51btdqz.js` → `index.js`,
 * `pdf.worker.min-FHbmGBN0.mjs` → `pdf.worker.min.mjs`), with forward slashes.
 * @param {string} file
 * @returns {string}
 */
export function stableFileName(file) {
  return file.replaceAll('\\', '/').replace(/-[\w-]{8}(\.[a-z]+)$/, '$1')
}

/**
 * Turns the scanner's result into findings with paths under `out/`.
 *
 * @param {{ issues: ScannerIssue[], errors: ScannerError[] }} result what `run()` returned
 * @param {(scannedPath: string) => string} originalPath maps a scanned file (absolute, or
 *   relative to the scanned folder) back to its path under `out/`; the scanner reports `N/A`
 *   for findings about the app as a whole, which stays `N/A`
 * @returns {Finding[]}
 */
export function toFindings(result, originalPath) {
  const issues = result.issues.map((issue) => ({
    check: issue.id,
    severity: issue.severity.name,
    file: issue.file === 'N/A' ? 'N/A' : originalPath(issue.file),
    location:
      issue.location?.line === undefined ? '' : `${issue.location.line}:${issue.location.column}`,
    description: oneLine(issue.description ?? '')
  }))
  const parseErrors = result.errors
    .filter((error) => !error.tolerable)
    .map((error) => ({
      check: PARSE_ERROR,
      severity: 'HIGH',
      file: originalPath(error.file),
      location: '',
      description: oneLine(`the scanner could not parse this file: ${error.message}`)
    }))
  return [...issues, ...parseErrors]
}

/**
 * The findings of both passes: the first pass's parse failures are replaced by what the second
 * pass found in the lowered copies of those files, whose locations point into the copy.
 * @param {Finding[]} first
 * @param {Finding[]} retried
 * @returns {Finding[]}
 */
export function withRetriedFiles(first, retried) {
  return [
    ...first.filter((finding) => finding.check !== PARSE_ERROR),
    ...retried.map((finding) =>
      finding.check === PARSE_ERROR || finding.location === ''
        ? finding
        : { ...finding, location: `${finding.location} (ES2021 copy)` }
    )
  ]
}

/** @param {string} text */
function oneLine(text) {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Reads the allowlist file's text. Refuses (with the entry's position) anything but an array of
 * `{ check, file, reason }` with non-empty strings, so an entry cannot be added without a reason.
 * @param {string} text
 * @returns {AllowlistEntry[]}
 */
export function parseAllowlist(text) {
  /** @type {unknown} */
  const data = JSON.parse(text)
  if (!Array.isArray(data)) throw new Error('allowlist: expected an array of entries')
  return data.map((entry, index) => {
    const where = `allowlist entry ${index + 1}`
    if (typeof entry !== 'object' || entry === null) throw new Error(`${where}: not an object`)
    /** @type {Record<string, unknown>} */
    const record = entry
    for (const key of ['check', 'file', 'reason']) {
      const value = record[key]
      if (typeof value !== 'string' || value.trim() === '') {
        throw new Error(`${where}: "${key}" must be a non-empty string`)
      }
    }
    const extra = Object.keys(record).filter((key) => !['check', 'file', 'reason'].includes(key))
    if (extra.length > 0) throw new Error(`${where}: unknown field(s) ${extra.join(', ')}`)
    return {
      check: String(record.check),
      file: String(record.file),
      reason: String(record.reason)
    }
  })
}

/**
 * Whether an allowlist entry accepts a finding: the same check in the same file, the content hash
 * ignored. Line numbers are not compared: in minified bundles they move with every change.
 * @param {AllowlistEntry} entry
 * @param {Finding} finding
 */
export function entryMatches(entry, finding) {
  return entry.check === finding.check && entry.file === stableFileName(finding.file)
}

/**
 * Sorts findings into what fails the run and what does not.
 * @param {Finding[]} findings
 * @param {AllowlistEntry[]} allowlist
 * @returns {Verdict}
 */
export function judge(findings, allowlist) {
  /** @type {Verdict} */
  const verdict = { blocking: [], allowed: [], informational: [], stale: [] }
  const used = new Set()
  for (const finding of findings) {
    if (!BLOCKING_SEVERITIES.has(finding.severity)) {
      verdict.informational.push(finding)
      continue
    }
    const entry = allowlist.find((candidate) => entryMatches(candidate, finding))
    if (entry) {
      used.add(entry)
      verdict.allowed.push(finding)
    } else {
      verdict.blocking.push(finding)
    }
  }
  verdict.stale = allowlist.filter((entry) => !used.has(entry))
  return verdict
}

/** Whether the verdict fails the run. @param {Verdict} verdict */
export function fails(verdict) {
  return verdict.blocking.length > 0 || verdict.stale.length > 0
}

/**
 * The report printed after a scan.
 * @param {Verdict} verdict
 * @param {{ files: number, seconds: number }} stats
 * @returns {string}
 */
export function formatVerdict(verdict, stats) {
  /** @param {Finding} finding */
  const line = (finding) =>
    `  ${finding.severity} ${finding.check} ${finding.file}${finding.location ? ` ${finding.location}` : ''} — ${finding.description}`
  const lines = [
    `Electronegativity: ${stats.files} files scanned in ${stats.seconds.toFixed(1)} s; ` +
      `${verdict.blocking.length} blocking, ${verdict.allowed.length} allowlisted, ` +
      `${verdict.informational.length} low/informational, ${verdict.stale.length} stale allowlist entries.`
  ]
  if (verdict.blocking.length > 0) {
    lines.push('HIGH / MEDIUM findings not in the allowlist (fix them, or review and allowlist):')
    lines.push(...verdict.blocking.map(line))
  }
  if (verdict.stale.length > 0) {
    lines.push('Allowlist entries that no longer match any finding (remove them):')
    lines.push(...verdict.stale.map((entry) => `  ${entry.check} ${entry.file}`))
  }
  if (verdict.allowed.length > 0) {
    lines.push('Allowlisted:')
    lines.push(...verdict.allowed.map(line))
  }
  if (verdict.informational.length > 0) {
    lines.push('Low / informational (not failing):')
    lines.push(...verdict.informational.map(line))
  }
  return lines.join('\n')
}

/**
 * Copies the code files of the built parts into a fresh folder, giving `.cjs` and `.mjs` files a
 * `.js` name the scanner reads. Returns the folder and a map from scanned names back to `out/`.
 * @param {string} outDir
 * @returns {{ dir: string, original: Map<string, string> }}
 */
function stageBuildOutput(outDir) {
  const parts = SCANNED_PARTS.map((part) => {
    const partDir = join(outDir, part)
    const files = existsSync(partDir)
      ? readdirSync(partDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
          SCANNED_EXTENSIONS.test(file)
        )
      : []
    if (files.length === 0) throw new Error(`nothing to scan in ${partDir}: run npm run build`)
    return { part, files }
  })
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-'))
  /** @type {Map<string, string>} */
  const original = new Map()
  for (const { part, files } of parts) {
    for (const file of files) {
      const source = `${part}/${file.replaceAll('\\', '/')}`
      const staged = /\.(cjs|mjs)$/.test(source) ? `${source}.js` : source
      mkdirSync(dirname(join(dir, staged)), { recursive: true })
      copyFileSync(join(outDir, part, file), join(dir, staged))
      original.set(staged, source)
    }
  }
  return { dir, original }
}

/**
 * Copies the named staged files into a fresh folder, lowered to ES2021 by Vite's oxc transform:
 * private class members (`#field`, pdf.js uses them) become WeakMaps, which the scanner's
 * 2021-era AST walker can read. Calls and object literals — what the checks look for — stay as
 * they are.
 * @param {string} stagedDir
 * @param {string[]} files names relative to `stagedDir`
 * @returns {Promise<string>} the new folder
 */
async function lowerForScanner(stagedDir, files) {
  const { transformWithOxc } = await import('vite')
  const dir = mkdtempSync(join(tmpdir(), 'electronegativity-lowered-'))
  for (const file of files) {
    const lowered = await transformWithOxc(readFileSync(join(stagedDir, file), 'utf8'), file, {
      target: 'es2021'
    })
    mkdirSync(dirname(join(dir, file)), { recursive: true })
    writeFileSync(join(dir, file), lowered.code)
  }
  return dir
}

/**
 * Makes `got` (the scanner's only HTTP client) refuse every request without touching the network,
 * by putting a stand-in into the require cache before the scanner is loaded. Returns the URLs
 * that were asked for, for the report.
 * @param {NodeJS.Require} scannerRequire a require rooted in the scanner's package
 * @returns {string[]}
 */
function refuseNetwork(scannerRequire) {
  /** @type {string[]} */
  const attempts = []
  /** @param {unknown} url */
  const refuse = (url) => {
    attempts.push(String(url))
    return Promise.reject(new Error('electronegativity wrapper: network access is disabled'))
  }
  const offlineGot = Object.assign(refuse, { head: refuse, get: refuse, post: refuse })
  const gotPath = scannerRequire.resolve('got')
  const stub = new Module(gotPath)
  stub.filename = gotPath
  stub.loaded = true
  stub.exports = offlineGot
  scannerRequire.cache[gotPath] = stub
  return attempts
}

/**
 * @typedef {object} ScanResult
 * @property {ScannerIssue[]} issues
 * @property {ScannerError[]} errors
 */

/**
 * One scanner run over a folder, through its library entry (the CLI cannot return findings).
 * @param {NodeJS.Require} scannerRequire
 * @param {string} dir
 * @param {string[]} excludedChecks lower-cased check names
 * @param {string} electronVersion
 * @returns {Promise<ScanResult>}
 */
async function scanFolder(scannerRequire, dir, excludedChecks, electronVersion) {
  const run = scannerRequire('./runner.js')
  return run(
    {
      input: dir,
      isSarif: false,
      customScan: [],
      excludeFromScan: excludedChecks,
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: electronVersion,
      parserPlugins: []
    },
    false
  )
}

/**
 * Options: `--out <dir>` (default `out/`) and `--allowlist <file>` (default the one beside this
 * script), so the gate itself can be tried on a small fixture.
 */
async function main() {
  const started = performance.now()
  const { values } = parseArgs({
    options: {
      out: { type: 'string', default: join(repoRoot, 'out') },
      allowlist: {
        type: 'string',
        default: join(repoRoot, 'electron', 'build', 'electronegativity-allowlist.json')
      }
    }
  })
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'))
  const electronVersion = String(pkg.devDependencies.electron)
  const allowlist = parseAllowlist(readFileSync(values.allowlist, 'utf8'))

  const scannerRequire = createRequire(
    createRequire(import.meta.url).resolve('@doyensec/electronegativity')
  )
  const networkAttempts = refuseNetwork(scannerRequire)
  // The scanner picks its message language from LANG; only the bundled English is wanted.
  process.env.LANG = 'en-US'

  const staged = stageBuildOutput(values.out)
  /** @type {string[]} */
  const temporary = [staged.dir]
  /** @param {string} dir @param {string} scannedPath */
  const toOut = (dir, scannedPath) => {
    const name = (isAbsolute(scannedPath) ? relative(dir, scannedPath) : scannedPath).replaceAll(
      '\\',
      '/'
    )
    return staged.original.get(name) ?? name
  }
  try {
    const first = await scanFolder(
      scannerRequire,
      staged.dir,
      OFFLINE_EXCLUDED_CHECKS,
      electronVersion
    )
    let findings = toFindings(first, (file) => toOut(staged.dir, file))
    const unreadable = first.errors
      .filter((error) => !error.tolerable)
      .map((error) => relative(staged.dir, error.file).replaceAll('\\', '/'))
    /** @type {string[]} */
    let lowered = []
    if (unreadable.length > 0) {
      // Second pass over the lowered copies, file checks only: the app-wide checks (CSP,
      // navigation limits, permission handler) already ran over the whole app in the first pass.
      const loweredDir = await lowerForScanner(staged.dir, unreadable)
      temporary.push(loweredDir)
      const { GLOBAL_CHECKS } = scannerRequire('./finder/checks/GlobalChecks')
      const second = await scanFolder(
        scannerRequire,
        loweredDir,
        GLOBAL_CHECKS.map((/** @type {{ name: string }} */ check) => check.name.toLowerCase()),
        electronVersion
      )
      findings = withRetriedFiles(
        findings,
        toFindings(second, (file) => toOut(loweredDir, file))
      )
      lowered = unreadable.map((file) => staged.original.get(file) ?? file)
    }

    const verdict = judge(findings, allowlist)
    const seconds = (performance.now() - started) / 1000
    const fileCount = staged.original.size
    console.info(formatVerdict(verdict, { files: fileCount, seconds }))
    if (lowered.length > 0) {
      console.info(
        `Lowered to ES2021 for the scanner (private class members): ${lowered.join(', ')}`
      )
    }
    if (networkAttempts.length > 0) {
      console.info(
        `Network requests refused (offline): ${[...new Set(networkAttempts)].join(', ')}`
      )
    }
    process.exitCode = fails(verdict) ? 1 : 0
  } finally {
    for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
  }
}

if (fileURLToPath(import.meta.url) === process.argv[1]) await main()
