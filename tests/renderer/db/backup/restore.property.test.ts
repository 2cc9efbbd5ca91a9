/**
 * Fuzzing the backup restore (issue #10, item 1): files made from a real backup — the app's own
 * export of a small seeded database, and the frozen fixtures of the older schema versions
 * encoded as their version's backups — then damaged every way a file can be: cut short, bytes
 * flipped, invalid UTF-8, not JSON, JSON of another shape, header fields wrong or missing,
 * counts and checksum not matching, rows with fields missing, extra or of the wrong type,
 * duplicated rows and ids, huge strings, tables missing or unknown.
 *
 * Whatever the file, checking it either accepts it or refuses it with a BackupFileError whose
 * message is Chinese; a refused file changes nothing in the database (a canonical dump of every
 * table is compared); an accepted one restores exactly the rows the check returned. And a valid
 * file of random sample data survives export → check → restore → export unchanged.
 */
import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { encodeBackup, exportDatabase } from '@renderer/db/backup/export'
import { canonicalJson, sha256Hex } from '@renderer/db/backup/format'
import { BackupFileError, checkBackupFile, previewBackup } from '@renderer/db/backup/read'
import { restoreBackup, restoreCheckedBackup } from '@renderer/db/backup/restore'
import { createRepositories } from '@renderer/db/repositories'
import { SCHEMA_VERSION, TABLE_NAMES, type ShelianDatabase } from '@renderer/db/schema'
import { generateSampleData, type SampleScale } from '@shared/sample-data/generate'
import { freshDb, recordingApi, snapshot, TODAY } from '../helpers'
import { FIXTURES } from '../migrations/frozen-fixtures'
import { propertyRuns } from '../../../helpers/property-runs'

const now = () => new Date(`${TODAY}T01:30:00.000Z`)
const APP_VERSION = '0.1.0'
const RESTORE_ENTRY = 'the-restore'

/**
 * Cases per property. A refused file costs two whole checks (preview, then the restore's own)
 * of a 390 KB file, about 0.1 s: the counts keep the file near 20 s.
 */
const MALFORMED_RUNS = 120
const ROW_RUNS = 60
const OLDER_RUNS = 300
const ROUND_TRIP_RUNS = 15

const encoder = new TextEncoder()
const HAN = /\p{Script=Han}/u

/** A parsed backup file: header fields and tables of rows. */
type FileJson = Record<string, unknown> & {
  counts: Record<string, unknown>
  tables: Record<string, unknown[]>
}

interface Base {
  name: string
  bytes: Uint8Array
  file: FileJson
}

/** A small registry with a little of every module, so every table has rows. */
const SMALL: Required<SampleScale> = {
  organizations: 16,
  communities: 6,
  socialWorkers: 10,
  incubations: 3,
  ventureApplications: 4,
  purchaseProjects: 8,
  needs: 6,
  resources: 3
}

async function seeded(scale: SampleScale, seed: number): Promise<ShelianDatabase> {
  const db = freshDb()
  const repos = createRepositories(db, { now, newId: sequentialFrom(`seed-${seed}`) })
  await repos.settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '军门社区',
    backupKeep: 5
  })
  await repos.bulkLoad(generateSampleData({ today: TODAY, scale, seed }))
  return db
}

function sequentialFrom(prefix: string): () => string {
  let next = 0
  return () => `${prefix}-${++next}`
}

function parse(bytes: Uint8Array): FileJson {
  return JSON.parse(new TextDecoder().decode(bytes)) as FileJson
}

const encode = (file: unknown) => encoder.encode(JSON.stringify(file))

/** A canonical dump of every table: what "byte-identical" compares. */
async function dump(db: ShelianDatabase): Promise<string> {
  return canonicalJson(await snapshot(db))
}

/** The restore's own audit entry left out, to compare what was restored with the file. */
function withoutRestoreEntry(tables: Record<string, unknown[]>): Record<string, unknown[]> {
  return {
    ...tables,
    auditLog: (tables.auditLog ?? []).filter(
      (entry) => (entry as { id?: unknown }).id !== RESTORE_ENTRY
    )
  }
}

/**
 * Each table's rows as canonical JSON, sorted: IndexedDB returns rows by key, while the file holds
 * them as written, and an edited id or key moves its row (CI found a settings key edited into one
 * that sorts after `general`).
 */
function inAnyOrder(tables: Record<string, unknown[] | undefined>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(tables).map(([name, rows]) => [name, (rows ?? []).map(canonicalJson).sort()])
  )
}

// ---------------------------------------------------------------------------------------------
// Damage, as plain data so fast-check prints a failing case readably; `damage()` applies it.

const INVALID_UTF8: readonly (readonly number[])[] = [
  [0xff],
  [0x80],
  [0xc3],
  [0xc0, 0x80],
  [0xed, 0xa0, 0x80],
  [0xe4, 0xb8],
  [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xef, 0xbf]
]

const HEADER_FIELDS = [
  'format',
  'formatVersion',
  'appVersion',
  'schemaVersion',
  'exportedAt',
  'counts',
  'sha256',
  'tables'
] as const

type Damage =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; edits: { at: number; byte: number }[] }
  | { kind: 'invalid-utf8'; at: number; sequence: number }
  | { kind: 'bytes'; bytes: Uint8Array; prefix: '' | '{' | '[' }
  | { kind: 'text'; text: string }
  | { kind: 'json'; value: unknown }
  | { kind: 'header'; field: (typeof HEADER_FIELDS)[number]; value: unknown; resign: boolean }
  | { kind: 'header-delete'; field: (typeof HEADER_FIELDS)[number]; resign: boolean }
  | { kind: 'version'; field: 'formatVersion' | 'schemaVersion'; value: number }
  | { kind: 'counts'; table: number; value: unknown }
  | { kind: 'checksum'; at: number; digit: number }
  | { kind: 'unsigned-edit'; table: number; row: number; field: number }
  | { kind: 'table-drop'; table: number; fixCounts: boolean }
  | { kind: 'table-unknown'; name: string; rows: unknown[] }
  | { kind: 'table-not-array'; table: number; value: unknown }

type RowEdit =
  | { op: 'delete-field'; table: number; row: number; field: number }
  | { op: 'extra-field'; table: number; row: number; name: string; value: unknown }
  | { op: 'set-field'; table: number; row: number; field: number; value: unknown }
  | { op: 'replace-row'; table: number; row: number; value: unknown }
  | { op: 'duplicate-row'; table: number; row: number }
  | { op: 'duplicate-id'; table: number; row: number; other: number }
  | { op: 'huge-string'; table: number; row: number; field: number; length: number }
  | { op: 'remove-row'; table: number; row: number }

/** Any JSON value, small: keys and strings include Chinese and the awkward ones. */
const jsonValue = fc.jsonValue({ maxDepth: 2 })
const smallInt = fc.integer({ min: -3, max: SCHEMA_VERSION + 3 })
const oddNumber = fc.oneof(
  smallInt,
  fc.double({ noNaN: true }),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, 1e300, -0, 1.5, 0.5)
)

const damageArb: fc.Arbitrary<Damage> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    edits: fc.array(fc.record({ at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }), {
      minLength: 1,
      maxLength: 4
    })
  }),
  fc.record({
    kind: fc.constant('invalid-utf8' as const),
    at: fc.nat(),
    sequence: fc.nat({ max: INVALID_UTF8.length - 1 })
  }),
  fc.record({
    kind: fc.constant('bytes' as const),
    bytes: fc.uint8Array({ maxLength: 200 }),
    prefix: fc.constantFrom('' as const, '{' as const, '[' as const)
  }),
  fc.record({
    kind: fc.constant('text' as const),
    text: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }))
  }),
  fc.record({ kind: fc.constant('json' as const), value: jsonValue }),
  fc.record({
    kind: fc.constant('header' as const),
    field: fc.constantFrom(...HEADER_FIELDS),
    value: fc.oneof(jsonValue, oddNumber),
    resign: fc.boolean()
  }),
  fc.record({
    kind: fc.constant('header-delete' as const),
    field: fc.constantFrom(...HEADER_FIELDS),
    resign: fc.boolean()
  }),
  fc.record({
    kind: fc.constant('version' as const),
    field: fc.constantFrom('formatVersion' as const, 'schemaVersion' as const),
    value: oddNumber
  }),
  fc.record({
    kind: fc.constant('counts' as const),
    table: fc.nat(),
    value: fc.oneof(fc.integer({ min: -1, max: 1000 }), jsonValue)
  }),
  fc.record({
    kind: fc.constant('checksum' as const),
    at: fc.nat({ max: 63 }),
    digit: fc.nat({ max: 15 })
  }),
  fc.record({
    kind: fc.constant('unsigned-edit' as const),
    table: fc.nat(),
    row: fc.nat(),
    field: fc.nat()
  }),
  fc.record({ kind: fc.constant('table-drop' as const), table: fc.nat(), fixCounts: fc.boolean() }),
  fc.record({
    kind: fc.constant('table-unknown' as const),
    name: fc.oneof(fc.string({ minLength: 1, maxLength: 12 }), fc.constantFrom('__proto__', '')),
    rows: fc.array(jsonValue, { maxLength: 3 })
  }),
  fc.record({ kind: fc.constant('table-not-array' as const), table: fc.nat(), value: jsonValue })
)

const rowEditArb: fc.Arbitrary<RowEdit> = fc.oneof(
  fc.record({
    op: fc.constant('delete-field' as const),
    table: fc.nat(),
    row: fc.nat(),
    field: fc.nat()
  }),
  fc.record({
    op: fc.constant('extra-field' as const),
    table: fc.nat(),
    row: fc.nat(),
    name: fc.oneof(fc.string({ maxLength: 10 }), fc.constantFrom('__proto__', 'constructor')),
    value: jsonValue
  }),
  fc.record({
    op: fc.constant('set-field' as const),
    table: fc.nat(),
    row: fc.nat(),
    field: fc.nat(),
    value: fc.oneof(jsonValue, oddNumber)
  }),
  fc.record({
    op: fc.constant('replace-row' as const),
    table: fc.nat(),
    row: fc.nat(),
    value: jsonValue
  }),
  fc.record({ op: fc.constant('duplicate-row' as const), table: fc.nat(), row: fc.nat() }),
  fc.record({
    op: fc.constant('duplicate-id' as const),
    table: fc.nat(),
    row: fc.nat(),
    other: fc.nat()
  }),
  fc.record({
    op: fc.constant('huge-string' as const),
    table: fc.nat(),
    row: fc.nat(),
    field: fc.nat(),
    length: fc.constantFrom(10_000, 200_000)
  }),
  fc.record({ op: fc.constant('remove-row' as const), table: fc.nat(), row: fc.nat() })
)

const pick = <T>(items: readonly T[], index: number): T | undefined =>
  items.length === 0 ? undefined : items[index % items.length]

/** The non-empty tables of a file, in a fixed order. */
function filledTables(file: FileJson): string[] {
  return Object.keys(file.tables)
    .filter((name) => Array.isArray(file.tables[name]) && file.tables[name]!.length > 0)
    .sort()
}

/** The row an edit points at, as a plain object when it is one. */
function rowAt(file: FileJson, table: number, row: number) {
  const name = pick(filledTables(file), table)
  if (name === undefined) return null
  const rows = file.tables[name]!
  const index = row % rows.length
  const value = rows[index]
  const record =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  return { name, rows, index, record }
}

async function resign(file: FileJson) {
  file.sha256 = await sha256Hex(canonicalJson(file.tables))
}

/** Counts as the tables now hold them, so a row edit is not caught by the counts alone. */
function recount(file: FileJson) {
  file.counts = Object.fromEntries(
    Object.entries(file.tables).map(([name, rows]) => [name, Array.isArray(rows) ? rows.length : 0])
  )
}

function applyRowEdit(file: FileJson, edit: RowEdit) {
  const target = rowAt(file, edit.table, edit.row)
  if (!target) return
  const { rows, index, record } = target
  const fields = record ? Object.keys(record).sort() : []
  switch (edit.op) {
    case 'delete-field': {
      const field = pick(fields, edit.field)
      if (record && field !== undefined) delete record[field]
      return
    }
    case 'extra-field':
      if (record)
        Object.defineProperty(record, edit.name, {
          value: edit.value,
          enumerable: true,
          configurable: true,
          writable: true
        })
      return
    case 'set-field': {
      const field = pick(fields, edit.field)
      if (record && field !== undefined) record[field] = edit.value
      return
    }
    case 'replace-row':
      rows[index] = edit.value
      return
    case 'duplicate-row':
      rows.push(structuredClone(rows[index]))
      return
    case 'duplicate-id': {
      const other = rows[edit.other % rows.length] as { id?: unknown } | null
      if (record && other && typeof other === 'object') record.id = other.id
      return
    }
    case 'huge-string': {
      const strings = fields.filter((field) => typeof record?.[field] === 'string')
      const field = pick(strings, edit.field)
      if (record && field !== undefined) record[field] = '社'.repeat(edit.length)
      return
    }
    case 'remove-row':
      rows.splice(index, 1)
      return
  }
}

/** The file's bytes with `damage` done to them. */
async function damaged(base: Base, damage: Damage): Promise<Uint8Array> {
  const bytes = base.bytes
  const file = structuredClone(base.file)
  switch (damage.kind) {
    case 'truncate':
      return bytes.slice(0, damage.at % bytes.length)
    case 'flip': {
      const copy = bytes.slice()
      for (const edit of damage.edits) copy[edit.at % copy.length] = edit.byte
      return copy
    }
    case 'invalid-utf8': {
      const at = damage.at % bytes.length
      const sequence = INVALID_UTF8[damage.sequence]!
      return new Uint8Array([...bytes.subarray(0, at), ...sequence, ...bytes.subarray(at)])
    }
    case 'bytes':
      return new Uint8Array([...encoder.encode(damage.prefix), ...damage.bytes])
    case 'text':
      return encoder.encode(damage.text)
    case 'json':
      return encode(damage.value)
    case 'header':
      ;(file as Record<string, unknown>)[damage.field] = damage.value
      if (damage.resign && damage.field !== 'sha256') await resign(file)
      return encode(file)
    case 'header-delete':
      delete file[damage.field]
      if (damage.resign && damage.field !== 'sha256' && damage.field !== 'tables') {
        await resign(file)
      }
      return encode(file)
    case 'version':
      file[damage.field] = damage.value
      return encode(file)
    case 'counts': {
      const name = pick(Object.keys(file.counts).sort(), damage.table)
      if (name !== undefined) file.counts[name] = damage.value
      return encode(file)
    }
    case 'checksum': {
      const sha = String(file.sha256)
      const digit = damage.digit.toString(16)
      const changed = sha[damage.at] === digit ? ((damage.digit + 1) % 16).toString(16) : digit
      file.sha256 = `${sha.slice(0, damage.at)}${changed}${sha.slice(damage.at + 1)}`
      return encode(file)
    }
    case 'unsigned-edit': {
      // A row changed after export, its checksum left as it was.
      const target = rowAt(file, damage.table, damage.row)
      const field = pick(Object.keys(target?.record ?? {}).sort(), damage.field)
      if (target?.record && field !== undefined) target.record[field] = '篡改'
      return encode(file)
    }
    case 'table-drop': {
      const name = pick(Object.keys(file.tables).sort(), damage.table)
      if (name !== undefined) delete file.tables[name]
      if (damage.fixCounts) recount(file)
      await resign(file)
      return encode(file)
    }
    case 'table-unknown':
      Object.defineProperty(file.tables, damage.name, {
        value: damage.rows,
        enumerable: true,
        configurable: true,
        writable: true
      })
      recount(file)
      await resign(file)
      return encode(file)
    case 'table-not-array': {
      const name = pick(Object.keys(file.tables).sort(), damage.table)
      if (name !== undefined) file.tables[name] = damage.value as unknown[]
      await resign(file)
      return encode(file)
    }
  }
}

/** The file with the row edits done, counts and checksum made to match again. */
async function editedRows(base: Base, edits: readonly RowEdit[]): Promise<Uint8Array> {
  const file = structuredClone(base.file)
  for (const edit of edits) applyRowEdit(file, edit)
  recount(file)
  await resign(file)
  return encode(file)
}

// ---------------------------------------------------------------------------------------------

let bases: Base[]
/** A database holding other data than any file: what a refused restore must leave alone. */
let target: ShelianDatabase
let targetDump: string

beforeAll(async () => {
  const source = await seeded(SMALL, 7)
  const current = await exportDatabase(source, { appVersion: APP_VERSION, now })
  source.close()
  const older = await Promise.all(
    FIXTURES.filter((fixture) => fixture.schemaVersion < SCHEMA_VERSION).map(async (fixture) => {
      const encoded = await encodeBackup({
        tables: fixture.tables,
        schemaVersion: fixture.schemaVersion,
        appVersion: `0.0.${fixture.schemaVersion}`,
        exportedAt: now()
      })
      return { name: `v${fixture.schemaVersion}`, bytes: encoded.data }
    })
  )
  bases = [{ name: `v${SCHEMA_VERSION}`, bytes: current.data }, ...older].map((base) => ({
    ...base,
    file: parse(base.bytes)
  }))
  target = await seeded({ organizations: 5, communities: 3, socialWorkers: 4 }, 11)
  targetDump = await dump(target)
}, 30_000)

/**
 * The property every file must have: previewed (what the restore page does first) as refused
 * with a Chinese reason, and then refused by the restore too, with a BackupFileError of the same
 * kind, before the safety backup and with the database left byte-identical; or previewed as
 * valid, and then restored to exactly the rows the check returned.
 */
async function refusedCleanlyOrRestoredExactly(bytes: Uint8Array) {
  // previewBackup passes on anything but a BackupFileError: a crash rejects here.
  const preview = await previewBackup(bytes, { now })
  if (!preview.valid) {
    expect(preview.reason).toMatch(HAN)
    for (const line of preview.details) expect(line).toMatch(HAN)

    const { api, writeBackup } = recordingApi()
    const refusal = await restoreBackup(target, bytes, { api, appVersion: APP_VERSION, now }).then(
      () => null,
      (thrown: unknown) => thrown
    )
    expect(refusal).toBeInstanceOf(BackupFileError)
    expect(refusal).toMatchObject({ kind: preview.kind, message: preview.reason })
    expect(writeBackup).not.toHaveBeenCalled()
    expect(await dump(target)).toBe(targetDump)
    return
  }
  const empty = freshDb()
  await restoreCheckedBackup(empty, preview.checked, {
    api: recordingApi().api,
    appVersion: APP_VERSION,
    now,
    newId: () => RESTORE_ENTRY
  })
  expect(inAnyOrder(withoutRestoreEntry(await snapshot(empty)))).toEqual(
    inAnyOrder(Object.fromEntries(TABLE_NAMES.map((name) => [name, preview.checked.tables[name]])))
  )
  empty.close()
}

/** The current version's export, by name: a failing case prints the name, not the bytes. */
const CURRENT = `v${SCHEMA_VERSION}`
const baseNamed = (name: string) => bases.find((base) => base.name === name)!
const olderArb = () =>
  fc.constantFrom(...bases.filter((base) => base.name !== CURRENT).map((base) => base.name))

describe('restoring a damaged backup file', () => {
  it('starts from files that restore as they are', async () => {
    expect(bases.map((base) => base.file.schemaVersion).sort()).toEqual(
      Array.from({ length: SCHEMA_VERSION }, (_, index) => index + 1)
    )
    for (const base of bases) {
      const checked = await checkBackupFile(base.bytes, { now })
      expect(checked.summary.schemaVersion, base.name).toBe(base.file.schemaVersion)
    }
    // Every table of the current export has rows, so every table's rows get damaged.
    for (const name of TABLE_NAMES) {
      expect(baseNamed(CURRENT).file.tables[name]!.length, name).toBeGreaterThan(0)
    }
  })

  it('refuses damaged bytes, headers, counts, checksums and tables cleanly, or restores them exactly', async () => {
    await fc.assert(
      fc.asyncProperty(damageArb, async (damage) => {
        await refusedCleanlyOrRestoredExactly(await damaged(baseNamed(CURRENT), damage))
      }),
      propertyRuns(MALFORMED_RUNS)
    )
  }, 60_000)

  it('refuses re-signed files with bad rows cleanly, or restores exactly what they hold', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(rowEditArb, { minLength: 1, maxLength: 3 }), async (edits) => {
        await refusedCleanlyOrRestoredExactly(await editedRows(baseNamed(CURRENT), edits))
      }),
      propertyRuns(ROW_RUNS)
    )
  }, 60_000)

  it('treats damaged backups of older versions the same way', async () => {
    await fc.assert(
      fc.asyncProperty(
        olderArb(),
        fc.oneof(
          damageArb.map((damage) => ({ damage })),
          fc.array(rowEditArb, { minLength: 1, maxLength: 3 }).map((edits) => ({ edits }))
        ),
        async (name, change) => {
          const base = baseNamed(name)
          const bytes =
            'damage' in change
              ? await damaged(base, change.damage)
              : await editedRows(base, change.edits)
          await refusedCleanlyOrRestoredExactly(bytes)
        }
      ),
      propertyRuns(OLDER_RUNS)
    )
  }, 60_000)
})

/**
 * What the property above found: carrying a v2 backup forward reads every organisation's 年检
 * list (migrations/v3.ts, upgradeOrganizationToV3) before any row is checked, so a row that is
 * not an object, or has no list, crashes the check with a TypeError instead of being refused.
 */
describe('a v2 backup whose organisation rows are not what v2 wrote', () => {
  async function v2With(change: (organizations: unknown[]) => void): Promise<Uint8Array> {
    const file = structuredClone(baseNamed('v2').file)
    change(file.tables.organizations!)
    await resign(file)
    return encode(file)
  }

  it('is refused, not crashed on, when an organisation has no 年检 list', async () => {
    await refusedCleanlyOrRestoredExactly(
      await v2With((rows) => {
        delete (rows[0] as Record<string, unknown>).annualChecks
      })
    )
  })

  it('is refused, not crashed on, when an organisation row is not an object', async () => {
    await refusedCleanlyOrRestoredExactly(await v2With((rows) => (rows[0] = '')))
  })

  it('is refused, not crashed on, when a 年检 entry is not an object', async () => {
    await refusedCleanlyOrRestoredExactly(
      await v2With((rows) => {
        ;(rows[0] as Record<string, unknown>).annualChecks = [null]
      })
    )
  })
})

/** What CI found: a re-signed older backup whose settings key was edited restored in key order. */
describe('a re-signed backup whose ids or keys were edited', () => {
  async function currentWith(change: (file: FileJson) => void): Promise<Uint8Array> {
    const file = structuredClone(baseNamed(CURRENT).file)
    change(file)
    await resign(file)
    return encode(file)
  }

  it('restores a log entry whose id now sorts first exactly, in the database’s own order', async () => {
    const bytes = await currentWith((file) => {
      ;(file.tables.auditLog!.at(-1) as { id: string }).id = '0-moved-first'
    })
    expect((await previewBackup(bytes, { now })).valid).toBe(true)
    await refusedCleanlyOrRestoredExactly(bytes)
  })

  it('refuses a settings row under a key the app never writes', async () => {
    const bytes = await currentWith((file) => {
      file.tables.settings!.push({ ...(file.tables.settings![0] as object), key: '社'.repeat(50) })
    })
    const preview = await previewBackup(bytes, { now })
    expect(preview.valid).toBe(false)
    await refusedCleanlyOrRestoredExactly(bytes)
  })
})

describe('a valid backup of random sample data', () => {
  const scaleArb = fc.record({
    organizations: fc.integer({ min: 15, max: 25 }),
    communities: fc.integer({ min: 1, max: 8 }),
    socialWorkers: fc.integer({ min: 0, max: 12 }),
    incubations: fc.integer({ min: 0, max: 4 }),
    ventureApplications: fc.integer({ min: 0, max: 5 }),
    purchaseProjects: fc.integer({ min: 0, max: 3 }),
    needs: fc.integer({ min: 0, max: 8 }),
    resources: fc.integer({ min: 0, max: 4 })
  })

  it('survives export → check → restore → export unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(scaleArb, fc.integer({ min: 1, max: 2 ** 31 - 1 }), async (scale, seed) => {
        const source = await seeded(scale, seed)
        const exported = await exportDatabase(source, { appVersion: APP_VERSION, now })
        source.close()
        const checked = await checkBackupFile(exported.data, { now })
        expect(checked.summary.counts).toEqual(exported.file.counts)

        const copy = freshDb()
        await restoreBackup(copy, exported.data, {
          api: recordingApi().api,
          appVersion: APP_VERSION,
          now,
          newId: () => RESTORE_ENTRY
        })
        const again = await exportDatabase(copy, { appVersion: APP_VERSION, now })
        copy.close()
        expect(withoutRestoreEntry(again.file.tables)).toEqual(exported.file.tables)
        const resigned = await encodeBackup({
          tables: withoutRestoreEntry(again.file.tables),
          schemaVersion: SCHEMA_VERSION,
          appVersion: APP_VERSION,
          exportedAt: now()
        })
        expect(resigned.file.sha256).toBe(exported.file.sha256)
      }),
      propertyRuns(ROUND_TRIP_RUNS)
    )
  }, 60_000)
})
