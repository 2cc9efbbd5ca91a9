/**
 * Crash safety of a restore (issue #10): a write that fails part-way — while the tables are
 * being emptied, or after some have been refilled, in the middle of a table — must leave the
 * database exactly as it was, every row of every table, with no audit entry for the restore.
 *
 * The failure is injected with a Dexie hook on one table, which throws from inside the restore's
 * own transaction, as a disk or quota error would. The data on both sides is the current
 * version's frozen migration fixture, every row in every table: on the file's side with every
 * id changed, so that any table left replaced would differ from what was there.
 */
import { describe, expect, it } from 'vitest'
import { encodeBackup } from '@renderer/db/backup/export'
import { restoreBackup } from '@renderer/db/backup/restore'
import { SCHEMA_VERSION, TABLE_NAMES, type ShelianDatabase } from '@renderer/db/schema'
import { freshDb, recordingApi, sequentialIds, snapshot } from '../helpers'
import { fixtureOf } from '../migrations/frozen-fixtures'

const FIXTURE = fixtureOf(SCHEMA_VERSION)
const now = () => new Date(`${FIXTURE.today}T01:30:00.000Z`)

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g

/** The same records under other ids (references follow), and another office name. */
function otherTables(): Record<string, unknown[]> {
  const text = JSON.stringify(FIXTURE.tables)
    .replace(UUID, (id) => `0${id.slice(1)}`)
    .replace('鼓楼区军门社区孵化基地', '温江区柳城街道南街社区')
  return JSON.parse(text) as Record<string, unknown[]>
}

async function populated(): Promise<ShelianDatabase> {
  const db = freshDb()
  await db.transaction('rw', [...TABLE_NAMES], async () => {
    for (const table of TABLE_NAMES) await db.table(table).bulkAdd(FIXTURE.tables[table] ?? [])
  })
  return db
}

const FILE = encodeBackup({
  tables: otherTables(),
  schemaVersion: SCHEMA_VERSION,
  appVersion: '0.2.0',
  exportedAt: now()
})

/**
 * Restores the file into a database holding the fixture, with `inject` armed on it, and
 * expects the restore to fail with the injected error and to have changed nothing.
 */
async function failsChangingNothing(inject: (db: ShelianDatabase) => void) {
  const db = await populated()
  const before = await snapshot(db)
  inject(db)
  const { api, written } = recordingApi()

  await expect(
    restoreBackup(db, (await FILE).data, {
      api,
      appVersion: '0.2.0',
      now,
      newId: sequentialIds('restore')
    })
  ).rejects.toThrow('模拟写入失败')

  // The safety backup went out first; the database itself is untouched.
  expect(written.map((request) => request.reason)).toEqual(['restore'])
  expect(await snapshot(db)).toEqual(before)
  db.close()
}

/** Throws on the `nth` row (from 1) written to `table`. */
function failOnWrite(table: string, nth: number) {
  return (db: ShelianDatabase) => {
    let seen = 0
    db.table(table).hook('creating', () => {
      seen += 1
      if (seen === nth) throw new Error(`模拟写入失败（${table} 第 ${nth} 行）`)
    })
  }
}

describe('a restore that fails part-way', () => {
  it('is tried with a file whose every table differs from what is stored', () => {
    const other = otherTables()
    for (const table of TABLE_NAMES) {
      expect(FIXTURE.tables[table]!.length, table).toBeGreaterThan(0)
      expect(other[table], table).not.toEqual(FIXTURE.tables[table])
    }
  })

  // The first table written, one with a unique index, one half-way, the last of the records,
  // and the audit log, written last: each time every table before it is already replaced.
  it.each(['settings', 'organizations', 'projects', 'needMatches', 'auditLog'] as const)(
    'changes nothing when writing %s fails in the middle of the table',
    async (table) => {
      const rows = FIXTURE.tables[table]!.length
      await failsChangingNothing(failOnWrite(table, Math.ceil((rows + 1) / 2)))
    }
  )

  it('changes nothing when emptying the tables fails after some are empty', async () => {
    const middle = TABLE_NAMES[Math.floor(TABLE_NAMES.length / 2)]!
    await failsChangingNothing((db) => {
      db.table(middle).hook('deleting', () => {
        throw new Error(`模拟写入失败（清空${middle}）`)
      })
    })
  })
})
