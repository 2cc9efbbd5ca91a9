import { describe, expect, it } from 'vitest'
import { createRepositories } from '@renderer/db/repositories'
import { createImportRepository } from '@renderer/db/repositories/import-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadImportContext } from '@renderer/features/import/load-context'
import { dryRun } from '@shared/import/dry-run'
import { autoMapping, readHeaders } from '@shared/import/header-mapping'
import { organizationImport } from '@shared/import/specs/organizations'
import { IMPORT_SPECS } from '@shared/import/specs'
import type { ImportEntity } from '@shared/import/import-spec'
import { deliveryDatabase, PROJECT_ID } from '../../helpers/project-seed'
import { usccCheckChar } from '@shared/domain/identifiers/uscc'
import { orgCodeCheckChar } from '@shared/domain/identifiers/org-code'
import { NOW, sequentialIds, snapshot, tickingClock } from '../helpers'
import { freshDatabase } from '../../helpers/render-app'
import { context } from '../../../shared/import/fixtures'

/** A valid 社会服务机构 USCC, different for each `n`. */
function uscc(n: number): string {
  const org = `MA${String(n).padStart(6, '0')}`
  const body = `52350102${org}${orgCodeCheckChar(org)}`
  return body + usccCheckChar(body)
}

const HEADER = ['组织名称', '统一社会信用代码', '服务领域', '联系人']

/** The audit log in the order it was written. */
async function auditLog(db: ShelianDatabase) {
  return (await db.auditLog.toArray()).sort((a, b) => a.at.localeCompare(b.at))
}

async function setUp() {
  const db = freshDatabase()
  const deps = { now: tickingClock(NOW), newId: sequentialIds() }
  const repos = createRepositories(db, deps)
  await repos.settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '鼓楼区民政局',
    backupKeep: 10
  })
  return { db, repos, imports: createImportRepository(db, deps) }
}

/** The dry run of `rows` (under HEADER) against what `db` holds now. */
async function planned(db: ShelianDatabase, rows: unknown[][]) {
  const grid = [HEADER, ...rows]
  const context = await loadImportContext(createRepositories(db), organizationImport, { now: NOW })
  return dryRun(
    organizationImport,
    { grid, headerRow: 0, mapping: autoMapping(readHeaders(grid, 0), organizationImport.columns) },
    context
  )
}

const orgRow = (n: number, contact = '') => [`鼓楼区第${n}服务中心`, uscc(n), '为老服务', contact]

describe('writing an import', () => {
  it('creates every valid row through the repository, in chunks, each chunk logged', async () => {
    const { db, imports } = await setUp()
    const plan = await planned(db, [orgRow(1), orgRow(2), ['', uscc(3), '为老服务', ''], orgRow(4)])
    expect(plan.counts).toEqual({ new: 3, existing: 0, error: 1 })
    const progress: unknown[] = []

    const outcome = await imports.importRows({
      entity: 'organizations',
      fileName: '社会组织.xlsx',
      rows: plan.rows,
      existing: 'skip',
      chunkSize: 2,
      onProgress: (step) => progress.push(step)
    })

    expect(outcome).toMatchObject({
      created: 3,
      updated: 0,
      skipped: 0,
      failed: [],
      cancelled: false
    })
    expect((await db.organizations.toArray()).map((o) => o.name).sort()).toEqual([
      '鼓楼区第1服务中心',
      '鼓楼区第2服务中心',
      '鼓楼区第4服务中心'
    ])
    expect(progress).toEqual([
      { done: 2, total: 3, chunk: 1, chunks: 2 },
      { done: 3, total: 3, chunk: 2, chunks: 2 }
    ])
    const log = await auditLog(db)
    expect(log.filter((entry) => entry.action === 'create')).toHaveLength(3)
    expect(log.filter((entry) => entry.action === 'import')).toEqual([
      expect.objectContaining({
        table: 'organizations',
        recordId: outcome.importId,
        operator: '张晓梅',
        summary: '导入社会组织“社会组织.xlsx”第 1 / 2 批（第 2–3 行）：新增 2 条，更新 0 条'
      }),
      expect.objectContaining({
        summary: '导入社会组织“社会组织.xlsx”第 2 / 2 批（第 5–5 行）：新增 1 条，更新 0 条'
      })
    ])
  })

  it('rolls back a chunk a row of which is refused on writing, keeping the chunks around it', async () => {
    const { db, repos, imports } = await setUp()
    const plan = await planned(
      db,
      [1, 2, 3, 4, 5].map((n) => orgRow(n))
    )
    // Registered after the dry run: row 5's USCC is taken by the time it is written.
    await repos.organizations.create({
      ...organizationImport.blankDraft(context()),
      name: '抢先登记的组织',
      uscc: uscc(4),
      category: '为老服务'
    })
    const before = (await auditLog(db)).length

    const outcome = await imports.importRows({
      entity: 'organizations',
      fileName: '社会组织.xlsx',
      rows: plan.rows,
      existing: 'skip',
      chunkSize: 2
    })

    expect(outcome.created).toBe(3)
    expect(outcome.failed).toEqual([
      {
        chunk: 2,
        rows: [4, 5],
        message: expect.stringMatching(/^第 5 行：统一社会信用代码 \S+ 已被“抢先登记的组织”使用/)
      }
    ])
    const names = (await db.organizations.toArray()).map((o) => o.name).sort()
    expect(names).toEqual([
      '抢先登记的组织',
      '鼓楼区第1服务中心',
      '鼓楼区第2服务中心',
      '鼓楼区第5服务中心'
    ])
    const log = (await auditLog(db)).slice(before)
    expect(log.filter((entry) => entry.action === 'import').map((entry) => entry.summary)).toEqual([
      expect.stringContaining('第 1 / 3 批'),
      expect.stringContaining('第 3 / 3 批')
    ])
    expect(log.filter((entry) => entry.action === 'create')).toHaveLength(3)
  })

  it('skips rows matching stored records, or updates them, as the user chose', async () => {
    const { db, repos, imports } = await setUp()
    const stored = await repos.organizations.create({
      ...organizationImport.blankDraft(context()),
      name: '鼓楼区第1服务中心',
      uscc: uscc(1),
      category: '为老服务',
      contactName: '王丽'
    })
    await repos.organizations.create({
      ...organizationImport.blankDraft(context()),
      name: '鼓楼区第2服务中心',
      uscc: uscc(2),
      category: '为老服务',
      contactName: '陈国平'
    })
    const plan = await planned(db, [orgRow(1, '林晓梅'), orgRow(2, '陈国平'), orgRow(3)])
    expect(plan.counts).toEqual({ new: 1, existing: 2, error: 0 })

    const before = await snapshot(db)
    const skipping = await imports.importRows({
      entity: 'organizations',
      fileName: 'a.xlsx',
      rows: plan.rows.filter((row) => row.match),
      existing: 'skip'
    })
    expect(skipping).toMatchObject({ created: 0, updated: 0, skipped: 2 })
    expect((await snapshot(db)).organizations).toEqual(before.organizations)

    const updating = await imports.importRows({
      entity: 'organizations',
      fileName: 'a.xlsx',
      rows: plan.rows,
      existing: 'update'
    })
    expect(updating).toMatchObject({ created: 1, updated: 1, unchanged: 1, skipped: 0 })
    expect((await db.organizations.get(stored.record.id))?.contactName).toBe('林晓梅')
    const history = await repos.organizations.history(stored.record.id)
    expect(history.at(-1)).toMatchObject({
      action: 'update',
      changes: { contactName: ['王丽', '林晓梅'] }
    })
    const logged = (await auditLog(db)).filter((entry) => entry.action === 'import')
    expect(logged.at(-1)?.summary).toBe(
      '导入社会组织“a.xlsx”第 1 / 1 批（第 2–4 行）：新增 1 条，更新 1 条，无变化 1 条'
    )
  })

  it('never updates an archived record, even when told to update', async () => {
    const { db, repos, imports } = await setUp()
    const stored = await repos.organizations.create({
      ...organizationImport.blankDraft(context()),
      name: '鼓楼区第1服务中心',
      uscc: uscc(1),
      category: '为老服务'
    })
    await repos.organizations.archive(stored.record.id)
    const plan = await planned(db, [orgRow(1, '林晓梅')])

    const outcome = await imports.importRows({
      entity: 'organizations',
      fileName: 'a.xlsx',
      rows: plan.rows,
      existing: 'update'
    })
    expect(outcome).toMatchObject({ updated: 0, skipped: 1, failed: [] })
    expect((await db.organizations.get(stored.record.id))?.contactName).toBe('')
  })

  it('stops before the next chunk when cancelled, keeping what was written', async () => {
    const { db, imports } = await setUp()
    const plan = await planned(
      db,
      [1, 2, 3, 4, 5].map((n) => orgRow(n))
    )
    const cancel = new AbortController()

    const outcome = await imports.importRows({
      entity: 'organizations',
      fileName: 'a.xlsx',
      rows: plan.rows,
      existing: 'skip',
      chunkSize: 2,
      signal: cancel.signal,
      onProgress: () => cancel.abort()
    })

    expect(outcome).toMatchObject({ created: 2, cancelled: true, notWritten: [4, 5, 6] })
    expect(await db.organizations.count()).toBe(2)
  })

  it('writes nothing for a dry run alone, nor for rows with errors', async () => {
    const { db, imports } = await setUp()
    const before = await snapshot(db)
    const plan = await planned(db, [['', 'x', '扫地', ''], orgRow(1)])
    expect(await snapshot(db)).toEqual(before)

    const outcome = await imports.importRows({
      entity: 'organizations',
      fileName: 'a.xlsx',
      rows: plan.rows.filter((row) => row.status === 'error'),
      existing: 'update'
    })
    expect(outcome).toMatchObject({ created: 0, updated: 0, skipped: 0, failed: [] })
    expect(await snapshot(db)).toEqual(before)
  })
})

describe('writing the other lists through their repositories', () => {
  /** The dry run of `rows` under `header` against the delivery database, then the write. */
  async function importInto(
    db: ShelianDatabase,
    entity: ImportEntity,
    header: string[],
    rows: unknown[][]
  ) {
    const spec = IMPORT_SPECS[entity]
    const grid = [header, ...rows]
    const plan = dryRun(
      spec,
      { grid, headerRow: 0, mapping: autoMapping(readHeaders(grid, 0), spec.columns) },
      await loadImportContext(createRepositories(db), spec, { now: NOW, projectId: PROJECT_ID })
    )
    const outcome = await createImportRepository(db).importRows({
      entity,
      fileName: 'a.xlsx',
      rows: plan.rows,
      existing: 'update'
    })
    return { plan, outcome }
  }

  it('imports needs, catalogue items and a project’s 服务记录, each chunk logged', async () => {
    const { db } = await deliveryDatabase()

    const needs = await importInto(
      db,
      'needs',
      ['需求名称', '社区', '需求类别', '需求来源', '提出人数'],
      [
        ['老年人助餐', '华侨路社区', '为老服务', '走访', 12],
        ['儿童托管', '宁海路社区', '青少年服务', '议事会', 5]
      ]
    )
    expect(needs.outcome).toMatchObject({ created: 2, failed: [] })
    expect((await db.needs.toArray()).map((need) => [need.name, need.status])).toEqual(
      expect.arrayContaining([
        ['老年人助餐', '待对接'],
        ['儿童托管', '待对接']
      ])
    )

    const items = await importInto(
      db,
      'catalogueItems',
      ['服务事项名称', '目录编码', '目录类别', '计量单位', '参考单价'],
      [
        ['心理疏导', 'ML-02', '基本公共服务', '人次', '250元'],
        ['助餐服务', 'ML-10', '基本公共服务', '次', '15']
      ]
    )
    expect(items.plan.counts).toEqual({ new: 1, existing: 1, error: 0 })
    expect(items.outcome).toMatchObject({ created: 1, updated: 1, failed: [] })
    expect((await db.catalogueItems.get('item-1'))?.typicalPriceFen).toBe(25_000)

    const activities = await importInto(
      db,
      'activities',
      ['活动日期', '活动名称', '社区', '服务人次', '参与社工'],
      [
        ['2026-03-05', '长者生日会', '华侨路社区', 45, '李娜'],
        ['2026-03-12', '防诈骗讲座', null, 80, null]
      ]
    )
    expect(activities.outcome).toMatchObject({ created: 2, failed: [] })
    expect(
      (await db.activities.where('projectId').equals(PROJECT_ID).toArray()).map((a) => a.title)
    ).toEqual(expect.arrayContaining(['长者生日会', '防诈骗讲座']))

    // The seed's bulk load logs `import` per record, without a summary.
    const logged = (await auditLog(db)).filter(
      (entry) => entry.action === 'import' && entry.summary
    )
    expect(logged.map((entry) => [entry.table, entry.summary])).toEqual([
      ['needs', '导入需求“a.xlsx”第 1 / 1 批（第 2–3 行）：新增 2 条，更新 0 条'],
      ['catalogueItems', '导入服务目录事项“a.xlsx”第 1 / 1 批（第 2–3 行）：新增 1 条，更新 1 条'],
      ['activities', '导入服务记录“a.xlsx”第 1 / 1 批（第 2–3 行）：新增 2 条，更新 0 条']
    ])
  })
})
