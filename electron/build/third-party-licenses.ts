/**
 * Build-time list of the third-party packages that ship with the app, for the 关于 page.
 *
 * electron-builder packs the production dependency tree into the app, so that tree (walked from
 * package.json `dependencies` with Node's lookup rules) is exactly what we must credit. The list
 * is served as a virtual module so the dev server and the build produce the same thing, and the
 * page imports it lazily so the licence texts never weigh on start-up.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import type { Plugin } from 'vite'

export interface ThirdPartyLicense {
  name: string
  version: string
  license: string
  text: string
}

const VIRTUAL_ID = 'virtual:third-party-licenses'
const RESOLVED_ID = '\0' + VIRTUAL_ID

interface PackageJson {
  name: string
  version: string
  license?: string | { type?: string }
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
}

function readPackage(dir: string): PackageJson {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as PackageJson
}

/** Node's lookup: the nearest `node_modules/<name>` walking up from `fromDir`. */
function resolvePackageDir(name: string, fromDir: string, rootDir: string): string | null {
  let dir = fromDir
  for (;;) {
    const candidate = join(dir, 'node_modules', name)
    if (existsSync(join(candidate, 'package.json'))) return candidate
    if (dir === rootDir) return null
    const parent = dirname(dir)
    if (parent === dir) return null
    dir = parent
  }
}

function licenseText(dir: string): string {
  const file = readdirSync(dir).find((entry) => /^(licen[cs]e|copying)(\.|-|$)/i.test(entry))
  return file ? readFileSync(join(dir, file), 'utf8').trim() : ''
}

/** Every package in the production tree under `rootDir`, sorted by name. */
export function collectThirdPartyLicenses(rootDir: string): ThirdPartyLicense[] {
  const root = readPackage(rootDir)
  const seen = new Map<string, ThirdPartyLicense>()
  const queue: Array<{ name: string; from: string }> = Object.keys(root.dependencies ?? {}).map(
    (name) => ({ name, from: rootDir })
  )
  while (queue.length > 0) {
    const { name, from } = queue.shift()!
    const dir = resolvePackageDir(name, from, rootDir)
    if (!dir || seen.has(dir)) continue
    const pkg = readPackage(dir)
    const license = typeof pkg.license === 'string' ? pkg.license : (pkg.license?.type ?? '未声明')
    seen.set(dir, { name: pkg.name, version: pkg.version, license, text: licenseText(dir) })
    for (const dep of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      queue.push({ name: dep, from: dir })
    }
  }
  const unique = new Map<string, ThirdPartyLicense>()
  for (const entry of seen.values()) unique.set(`${entry.name}@${entry.version}`, entry)
  return [...unique.values()].sort((a, b) => a.name.localeCompare(b.name))
}

export function thirdPartyLicensesPlugin(rootDir: string): Plugin {
  return {
    name: 'shelian:third-party-licenses',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : null
    },
    load(id) {
      if (id !== RESOLVED_ID) return null
      return `export default ${JSON.stringify(collectThirdPartyLicenses(rootDir))}`
    }
  }
}
