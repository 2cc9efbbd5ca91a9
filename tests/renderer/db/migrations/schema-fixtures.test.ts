/**
 * Migration safety (issue #10): a frozen database for every released schema version, opened
 * with today's start-up path, keeps every row.
 *
 * fixtures/vN.jsonl holds what a database of version N held — rows in every table it had, as the
 * code that wrote version N wrote them (see each file's `source`), and that version's exact
 * store declarations. Each one is installed into fake-indexeddb as version N, then opened with
 * startDatabase (renderer/src/db/startup.ts, what the app runs), which must
 *   - write the `upgrade` backup BEFORE anything is upgraded, holding every old row;
 *   - keep every row (same ids per table) with its values, changed only as the migrations say;
 *   - create the tables added since, empty;
 *   - leave data that passes check-tables.ts (what a restore or bulk load demands);
 *   - leave the database at version N, every row in place, when that backup cannot be written.
 * The same rows as a backup file of version N must restore through read.ts + restore.ts
 * (BACKUP_STEPS) with the same counts.
 *
 * The files are never rebuilt from current code here: that would follow the code instead of
 * guarding it. Releasing a new schema version N + 1 means, after bumping SCHEMA_VERSION:
 *
 *     node tests/renderer/db/migrations/freeze-fixture.mjs
 *
 * which writes fixtures/v(N+1).jsonl from the current code (see freeze-fixture.ts); commit it.
 * Until then the first test below fails and says so.
 */
import { describe, expect, it } from 'vitest'
import { DesktopError } from '@shared/ipc/errors'
import { todayInChina } from '@shared/domain/dates'
import { encodeBackup } from '@renderer/db/backup/export'
import { restoreBackup } from '@renderer/db/backup/restore'
import { checkTables, describeProblems } from '@renderer/db/check-tables'
import { createDatabase, DB_NAME, SCHEMA_VERSION, TABLE_NAMES } from '@renderer/db/schema'
import { startDatabase } from '@renderer/db/startup'
import { Dexie } from 'dexie'
import {
  decodeJson,
  freshDb,
  freshFactory,
  recordingApi,
  sequentialIds,
  snapshot
} from '../helpers'
import { installFixture, storesOf, type MigrationFixture } from './fixture-file'
import { FIXTURE_FILES, FIXTURES } from './frozen-fixtures'

type Row = Record<string, unknown>

/** The largest a fixture may grow: small enough to read, and to keep this test quick. */
const MAX_FIXTURE_BYTES = 200 * 1024

const FREEZE_COMMAND = 'node tests/renderer/db/migrations/freeze-fixture.mjs'

/** The fixture's day, 09:30 in China: its rows' dates were made "as of" that day. */
const clockOf = (fixture: MigrationFixture) => () => new Date(`${fixture.today}T01:30:00.000Z`)

async function installedVersion(factory: ReturnType<typeof freshFactory>) {
  const found = await factory.indexedDB.databases()
  return found.find((db) => db.name === DB_NAME)?.version
}

/**
 * A row of version `from` as it must read after the upgrade: what the migrations since do,
 * written out here rather than called, so that a changed migration shows up as a failure.
 */
function upgraded(table: string, row: Row, from: number): Row {
  if (table === 'organizations' && from < 3) {
    // v3: every 年检 entry written before had the only mode v2 knew.
    const checks = row.annualChecks as Row[]
    return { ...row, annualChecks: checks.map((check) => ({ ...check, mode: '年检' })) }
  }
  if (table === 'projects' && from < 5) {
    // v5: a 公益创投 project from 立项 gains the delivery fields, empty.
    return {
      startOn: null,
      endOn: null,
      indicators: [],
      socialWorkerIds: [],
      purchase: null,
      closedOn: null,
      terminatedOn: null,
      terminationReason: null,
      ...row
    }
  }
  return row
}

/** Stores with their indexes as sets: IndexedDB gives an opened store's indexes sorted by name. */
function indexSets(stores: Record<string, string>): Record<string, string[]> {
  return Object.fromEntries(
    Object.entries(stores).map(([table, declaration]) => {
      const [primaryKey, ...indexes] = declaration.split(', ')
      return [table, [primaryKey!, ...indexes.sort()]]
    })
  )
}

const keyOf = (table: string, row: Row) => String(table === 'settings' ? row.key : row.id)

function byKey(table: string, rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => (keyOf(table, a) < keyOf(table, b) ? -1 : 1))
}

/** One row of a table, by id. */
function rowIn(tables: Record<string, unknown[]>, table: string, id: string): Row {
  const row = (tables[table] as Row[]).find((candidate) => candidate.id === id)
  if (!row) throw new Error(`${table} 中没有 ${id}`)
  return row
}

/**
 * Values read by hand from each frozen file — names, amounts in 分, dates, and the nested fields
 * the migrations touch — checked after the upgrade.
 */
const SPOT_CHECKS: Record<number, (tables: Record<string, unknown[]>) => void> = {
  2: (tables) => {
    expect(rowIn(tables, 'organizations', '259f0c5a-8161-4800-8ef2-b41283e3dc30')).toMatchObject({
      name: '鼓楼区仁爱助老发展中心',
      annualChecks: [
        { year: 2025, conclusion: '合格', mode: '年检' },
        { year: 2024, conclusion: '合格', mode: '年检' },
        { year: 2023, conclusion: '合格', mode: '年检' }
      ]
    })
    expect(rowIn(tables, 'auditLog', 'f1c70000-0000-4000-8000-000000000021')).toMatchObject({
      action: 'update',
      changes: { households: [3643, 3655] }
    })
  },
  3: (tables) => {
    expect(
      rowIn(tables, 'incubationServices', '056c4070-9124-4a7d-81ff-e3b4f9fc2b7a')
    ).toMatchObject({ date: '2026-10-25', type: '督导辅导', amountFen: null })
    expect(rowIn(tables, 'evaluations', '0b293374-c6ac-4503-a3d6-ded6a61277a9')).toMatchObject({
      total: 62.8,
      grade: '合格',
      evaluatedOn: '2025-11-27'
    })
  },
  4: (tables) => {
    expect(rowIn(tables, 'projects', 'eb03551e-325c-45fd-a103-81634a918a74')).toMatchObject({
      title: '旗汛口社区社区公共空间微更新参与式设计项目',
      amountFen: 3_800_000,
      status: '待签约',
      startOn: null,
      indicators: [],
      purchase: null
    })
    const application = rowIn(tables, 'applications', '36d49513-4eea-4d86-9cd7-c863192a88ee')
    expect((application.budgetLines as Row[])[0]).toEqual({
      category: '人员费',
      item: '项目社工补贴',
      unitPriceFen: 300_000,
      quantity: 12,
      note: '按人月计'
    })
  },
  5: (tables) => {
    expect(rowIn(tables, 'payments', '1094870d-2082-4eb1-99e9-59754c346458')).toMatchObject({
      amountFen: 8_000_000,
      paidOn: '2026-08-23',
      status: '已拨付'
    })
    expect(
      (tables.agreements as Row[]).find((row) => row.number === 'GMFW-2026-005')
    ).toMatchObject({ amountFen: 20_000_000 })
    expect(rowIn(tables, 'amendments', 'd9830181-8ba6-4749-9b29-92bf2dd41b5f')).toMatchObject({
      status: '已批准',
      changes: {
        socialWorkerIds: [
          'f50bdb34-98d6-4ac8-98d4-1f9604101a51',
          'a821bd0e-8f5c-4d5b-a1dd-7a3646fa130e'
        ]
      }
    })
  },
  6: (tables) => {
    expect(rowIn(tables, 'needs', '86d21432-7906-415b-a309-4d274ff84e4e')).toMatchObject({
      name: '独居老人助餐',
      status: '已对接'
    })
    expect(rowIn(tables, 'needMatches', '17aedf93-ff69-4ddf-8a52-9582de69acbf')).toMatchObject({
      needId: 'a052d79b-7b16-4715-b53d-d5fa28d7fefc',
      projectId: 'ee97f627-4dfb-424b-ab54-211dabfe44cd',
      matchedAt: '2026-10-16T07:09:00.000Z'
    })
  }
}

describe('migration fixtures', () => {
  it('exist for every schema version from v1 to SCHEMA_VERSION', () => {
    const frozen = FIXTURES.map((fixture) => fixture.schemaVersion)
    for (let version = 1; version <= SCHEMA_VERSION; version += 1) {
      expect(
        frozen.includes(version),
        `缺少数据版本 v${version} 的迁移样本 tests/renderer/db/migrations/fixtures/v${version}.jsonl：` +
          `升级 SCHEMA_VERSION 后请运行 ${FREEZE_COMMAND} 并提交生成的文件。` +
          ` / Missing the migration fixture for schema v${version}: after bumping SCHEMA_VERSION, run ${FREEZE_COMMAND} and commit the file.`
      ).toBe(true)
    }
    expect(frozen.every((version) => version <= SCHEMA_VERSION)).toBe(true)
  })

  it('are each named for the version they hold, hold rows in every table, and stay small', () => {
    for (const fixture of FIXTURES) {
      expect(fixture.path).toBe(`./fixtures/v${fixture.schemaVersion}.jsonl`)
      for (const [table, rows] of Object.entries(fixture.tables)) {
        expect(rows.length, `v${fixture.schemaVersion} ${table}`).toBeGreaterThan(0)
      }
      expect(new TextEncoder().encode(FIXTURE_FILES[fixture.path]!).byteLength).toBeLessThan(
        MAX_FIXTURE_BYTES
      )
    }
  })

  it('of the current version declare exactly the stores the app declares', () => {
    // A store changed without a version bump would never reach installed databases.
    const current = FIXTURES.find((fixture) => fixture.schemaVersion === SCHEMA_VERSION)
    expect(
      current?.stores,
      `schema.ts 的数据表声明与 v${SCHEMA_VERSION} 样本不同：改动数据表须升级 SCHEMA_VERSION 并冻结新样本。` +
        ` / The stores differ from the v${SCHEMA_VERSION} fixture: a schema change needs a new version.`
    ).toEqual(storesOf(createDatabase(freshFactory())))
  })
})

describe.each(FIXTURES)('a database of schema v$schemaVersion', (fixture) => {
  const from = fixture.schemaVersion
  const now = clockOf(fixture)
  const oldTables = Object.keys(fixture.tables)

  it('opens with the app’s start-up: backed up first, every row kept, rules still met', async () => {
    const factory = freshFactory()
    await installFixture(fixture, DB_NAME, factory)
    const versionsAtBackup: (number | undefined)[] = []
    const { api, written } = recordingApi({
      onWrite: async () => {
        versionsAtBackup.push(await installedVersion(factory))
      }
    })

    const started = await startDatabase({ ...factory, api, appVersion: '0.2.0', now })

    expect(started.db.verno).toBe(SCHEMA_VERSION)
    if (from < SCHEMA_VERSION) {
      expect(started.upgradedFrom).toBe(from)
      // Written while the database was still at its old version, with all of its rows.
      expect(versionsAtBackup).toEqual([from * 10])
      expect(written.map(({ reason, schemaVersion }) => ({ reason, schemaVersion }))).toEqual([
        { reason: 'upgrade', schemaVersion: from }
      ])
      const backup = decodeJson(written[0]!.data) as { tables: Record<string, Row[]> }
      expect(Object.keys(backup.tables).sort()).toEqual([...oldTables].sort())
      for (const table of oldTables) {
        expect(byKey(table, backup.tables[table]!), table).toEqual(
          byKey(table, fixture.tables[table]!)
        )
      }
    } else {
      expect(started.upgradedFrom).toBeNull()
      expect(written).toEqual([])
    }

    const after = await snapshot(started.db)
    expect(started.db.tables.map((table) => table.name).sort()).toEqual([...TABLE_NAMES].sort())
    for (const table of TABLE_NAMES) {
      const before = fixture.tables[table] ?? []
      const rows = after[table] as Row[]
      expect(
        rows.map((row) => keyOf(table, row)).sort(),
        `${table}: the same ids as v${from} held`
      ).toEqual(before.map((row) => keyOf(table, row)).sort())
      expect(byKey(table, rows), table).toEqual(
        byKey(
          table,
          before.map((row) => upgraded(table, row, from))
        )
      )
    }
    SPOT_CHECKS[from]?.(after)

    const checked = checkTables(after, todayInChina(now()))
    expect(describeProblems(checked.problems)).toEqual([])
    started.db.close()
  })

  it('restored from a backup file of its version, gives the same rows', async () => {
    const { data } = await encodeBackup({
      tables: fixture.tables,
      schemaVersion: from,
      appVersion: `fixture-v${from}`,
      exportedAt: now()
    })
    const db = freshDb()
    const result = await restoreBackup(db, data, {
      api: recordingApi().api,
      appVersion: '0.2.0',
      now,
      newId: sequentialIds('restore')
    })

    const counts = Object.fromEntries(
      TABLE_NAMES.map((table) => [
        table,
        (fixture.tables[table]?.length ?? 0) + (table === 'auditLog' ? 1 : 0)
      ])
    )
    expect(result.summary.counts).toEqual({
      ...counts,
      auditLog: fixture.tables.auditLog?.length ?? 0
    })
    const after = await snapshot(db)
    expect(Object.fromEntries(TABLE_NAMES.map((table) => [table, after[table]!.length]))).toEqual(
      counts
    )
    for (const table of oldTables) {
      const rows = (after[table] as Row[]).filter((row) => row.id !== 'restore-1')
      expect(byKey(table, rows), table).toEqual(
        byKey(
          table,
          fixture.tables[table]!.map((row) => upgraded(table, row, from))
        )
      )
    }
    db.close()
  })
})

describe.each(FIXTURES.filter((fixture) => fixture.schemaVersion < SCHEMA_VERSION))(
  'a database of schema v$schemaVersion whose upgrade backup cannot be written',
  (fixture) => {
    it('stays at its version with every row', async () => {
      const factory = freshFactory()
      await installFixture(fixture, DB_NAME, factory)
      const { api } = recordingApi({ fail: new DesktopError('IO', '磁盘已满') })

      await expect(
        startDatabase({ ...factory, api, appVersion: '0.2.0', now: clockOf(fixture) })
      ).rejects.toMatchObject({ problem: 'upgrade-backup-failed' })

      expect(await installedVersion(factory)).toBe(fixture.schemaVersion * 10)
      const old = new Dexie(DB_NAME, factory)
      await old.open()
      expect(indexSets(storesOf(old))).toEqual(indexSets(fixture.stores))
      for (const [table, rows] of Object.entries(fixture.tables)) {
        expect(await old.table(table).toArray(), table).toEqual(rows)
      }
      old.close()
    })
  }
)
