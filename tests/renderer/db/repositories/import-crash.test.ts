/**
 * Crash safety of an Excel import (issue #10): a write that fails in the middle of a 200-row
 * batch — a storage error, not a rule the dry run could have seen — rolls the whole batch back
 * (its new records, its update of a stored one, their audit entries), keeps the batches before
 * it, still writes the ones after, and reports the batch. import-repository.test.ts covers a row the rules refuse; here
 * the failure is injected with a Dexie hook, from inside the batch's transaction, at the full
 * batch size the app uses.
 */
import { describe, expect, it } from 'vitest'
import { usccCheckChar } from '@shared/domain/identifiers/uscc'
import { orgCodeCheckChar } from '@shared/domain/identifiers/org-code'
import { dryRun } from '@shared/import/dry-run'
import { autoMapping, readHeaders } from '@shared/import/header-mapping'
import { organizationImport } from '@shared/import/specs/organizations'
import type { AuditEntry } from '@shared/domain/audit'
import { createRepositories } from '@renderer/db/repositories'
import { createImportRepository } from '@renderer/db/repositories/import-repository'
import { loadImportContext } from '@renderer/features/import/load-context'
import { freshDatabase } from '../../helpers/render-app'
import { context } from '../../../shared/import/fixtures'
import { NOW, sequentialIds, snapshot, tickingClock } from '../helpers'

/**
 * Batches of 200 rather than the default, so the three batches stay small; how a batch fails
 * does not depend on its size.
 */
const CHUNK = 200

/** Two full batches and part of a third. */
const ROWS = 2 * CHUNK + 50

/** A valid 社会服务机构 USCC, different for each `n`. */
function uscc(n: number): string {
  const org = `MA${String(n).padStart(6, '0')}`
  const body = `52350102${org}${orgCodeCheckChar(org)}`
  return body + usccCheckChar(body)
}

const nameOf = (n: number) => `鼓楼区第${n}服务中心`

/** Data row `n` of the file, which is its spreadsheet row n + 1 (row 1 is the header). */
const sheetRow = (n: number) => n + 1

const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index)

/** Data row 250, stored before the import: batch 2 updates it between two runs of new rows. */
const STORED = CHUNK + 50

async function setUp() {
  const db = freshDatabase()
  const deps = { now: tickingClock(NOW), newId: sequentialIds() }
  const repos = createRepositories(db, deps)
  await repos.settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '鼓楼区民政局',
    backupKeep: 10
  })
  const stored = await repos.organizations.create({
    ...organizationImport.blankDraft(context()),
    name: nameOf(STORED),
    uscc: uscc(STORED),
    category: '为老服务'
  })
  const grid = [
    ['组织名称', '统一社会信用代码', '服务领域', '联系人'],
    ...range(1, ROWS).map((n) => [nameOf(n), uscc(n), '为老服务', '林晓梅'])
  ]
  const plan = dryRun(
    organizationImport,
    { grid, headerRow: 0, mapping: autoMapping(readHeaders(grid, 0), organizationImport.columns) },
    await loadImportContext(createRepositories(db), organizationImport, { now: NOW })
  )
  expect(plan.counts).toEqual({ new: ROWS - 1, existing: 1, error: 0 })
  const importRows = () =>
    createImportRepository(db, deps).importRows({
      entity: 'organizations',
      fileName: '社会组织.xlsx',
      rows: plan.rows,
      existing: 'update',
      chunkSize: CHUNK
    })
  return { db, importRows, stored: stored.record, auditBefore: await db.auditLog.count() }
}

type SetUp = Awaited<ReturnType<typeof setUp>>

/**
 * Batch 2 (data rows 201–400) is gone without a trace — its new records, its update of the
 * stored one, their audit entries and its own — while batches 1 and 3 are there in full.
 */
async function expectBatchTwoRolledBack({ db, stored, auditBefore }: SetUp) {
  const log = (await db.auditLog.toArray())
    .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id))
    .slice(auditBefore)
  const organizations = await db.organizations.toArray()
  const kept = [...range(1, CHUNK), ...range(2 * CHUNK + 1, ROWS)]
  expect(organizations.map((organization) => organization.name).sort()).toEqual(
    [...kept, STORED].map(nameOf).sort()
  )
  expect(await db.organizations.get(stored.id)).toEqual(stored)
  expect(
    log
      .filter((entry: AuditEntry) => entry.action === 'create')
      .map((entry) => entry.recordId)
      .sort()
  ).toEqual(
    organizations
      .filter((organization) => organization.id !== stored.id)
      .map((organization) => organization.id)
      .sort()
  )
  expect(log.filter((entry) => entry.action === 'update')).toEqual([])
  expect(log.filter((entry) => entry.action === 'import').map((entry) => entry.summary)).toEqual([
    expect.stringContaining('第 1 / 3 批（第 2–201 行）：新增 200 条，更新 0 条'),
    expect.stringContaining('第 3 / 3 批（第 402–451 行）：新增 50 条，更新 0 条')
  ])
  const everything = JSON.stringify(await snapshot(db))
  for (const n of [CHUNK + 1, CHUNK + 100, 2 * CHUNK]) {
    expect(everything).not.toContain(nameOf(n))
  }
}

describe('an import whose write fails in the middle of a batch', () => {
  it('rolls that batch back whole, keeps the others, and reports it', async () => {
    const setup = await setUp()
    const { db, importRows } = setup
    // Row 300 of the data is the 100th of the second batch: the 49 new rows before the stored
    // one, its update and the 49 after are already in.
    const failing = 300
    db.organizations.hook('creating', (_key, organization) => {
      if (organization.name === nameOf(failing)) throw new Error('模拟写入失败：磁盘已满')
    })

    const outcome = await importRows()

    expect(outcome).toMatchObject({ created: CHUNK + 50, updated: 0, cancelled: false })
    expect(outcome.failed).toEqual([
      {
        chunk: 2,
        rows: range(CHUNK + 1, 2 * CHUNK).map(sheetRow),
        // A row the rules refuse is named (import-repository.test.ts); a storage error in a
        // batched write may not know its row, but its cause reaches the user.
        message: expect.stringContaining('模拟写入失败：磁盘已满')
      }
    ])
    await expectBatchTwoRolledBack(setup)
  })

  it('rolls the batch back when its own import entry cannot be written', async () => {
    const setup = await setUp()
    const { db, importRows } = setup
    db.auditLog.hook('creating', (_key, entry) => {
      if (entry.action === 'import' && entry.summary?.includes('第 2 / 3 批')) {
        throw new Error('模拟写入失败：操作日志')
      }
    })

    const outcome = await importRows()

    expect(outcome.created).toBe(CHUNK + 50)
    expect(outcome.failed).toEqual([
      expect.objectContaining({ chunk: 2, message: expect.stringContaining('模拟写入失败') })
    ])
    await expectBatchTwoRolledBack(setup)
  })
})
