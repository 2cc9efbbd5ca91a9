import { describe, expect, it } from 'vitest'
import ExcelJS from 'exceljs'
import { createRepositories } from '@renderer/db/repositories'
import { createImportRepository } from '@renderer/db/repositories/import-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { loadImportContext } from '@renderer/features/import/load-context'
import { readWorkbook } from '@renderer/features/import/read-workbook'
import { buildTemplate } from '@renderer/features/import/template'
import { dryRun } from '@shared/import/dry-run'
import { autoMapping, findHeaderRow, readHeaders } from '@shared/import/header-mapping'
import type { ImportEntity } from '@shared/import/import-spec'
import { IMPORT_SPECS } from '@shared/import/specs'
import { NOW, sequentialIds, tickingClock } from '../../db/helpers'
import { freshDatabase } from '../../helpers/render-app'
import { context } from '../../../shared/import/fixtures'

async function load(data: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(new Uint8Array(data).buffer)
  return workbook
}

/** The template of `entity` with `rows` typed under its example rows, as an office fills it. */
async function filledTemplate(entity: ImportEntity, rows: unknown[][]): Promise<Uint8Array> {
  const workbook = await load(await buildTemplate(IMPORT_SPECS[entity]))
  const sheet = workbook.worksheets[0]!
  rows.forEach((values, index) => {
    sheet.getRow(4 + index).values = values as ExcelJS.CellValue[]
  })
  return new Uint8Array(await workbook.xlsx.writeBuffer())
}

/** Reads the file, maps it automatically, runs the dry run and writes what it allows. */
async function importFile(db: ShelianDatabase, entity: ImportEntity, data: Uint8Array) {
  const spec = IMPORT_SPECS[entity]
  const [sheet] = await readWorkbook(`${spec.label}.xlsx`, data)
  const headerRow = findHeaderRow(sheet!.grid, spec.columns)!
  const mapping = autoMapping(readHeaders(sheet!.grid, headerRow), spec.columns)
  const deps = { now: tickingClock(NOW), newId: sequentialIds(entity) }
  const result = dryRun(
    spec,
    { grid: sheet!.grid, headerRow, mapping },
    await loadImportContext(createRepositories(db, deps), spec, { now: NOW })
  )
  const outcome = await createImportRepository(db, deps).importRows({
    entity,
    fileName: `${spec.label}.xlsx`,
    rows: result.rows,
    existing: 'update'
  })
  return { result, outcome }
}

describe('the template', () => {
  it('has the Chinese headers, two example rows, drop-downs and a 说明 sheet', async () => {
    const spec = IMPORT_SPECS.organizations
    const workbook = await load(await buildTemplate(spec))
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['社会组织', '说明'])
    const sheet = workbook.worksheets[0]!
    const header = spec.columns.map((_, index) => sheet.getRow(1).getCell(index + 1).value)
    expect(header).toEqual(spec.columns.map((column) => column.header))
    expect(sheet.getRow(1).getCell(1).font?.color?.argb).toBe('FFCF1322')
    expect(sheet.getRow(2).getCell(1).value).toBe('鼓楼区晨光为老服务中心')
    expect(sheet.getRow(3).getCell(1).value).toBe('军门社区夕阳红志愿服务队')

    const legalForm = spec.columns.findIndex((column) => column.key === 'legalForm') + 1
    expect(sheet.getRow(500).getCell(legalForm).dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"社会团体,社会服务机构,基金会,社区社会组织,未登记"']
    })
    const idNumber = spec.columns.findIndex((column) => column.key === 'legalRepIdNumber') + 1
    expect(sheet.getColumn(idNumber).numFmt).toBe('@')

    const notes = workbook.worksheets[1]!
    const noteTexts: string[] = []
    notes.eachRow((row) => noteTexts.push(row.values?.toString() ?? ''))
    expect(noteTexts.join('\n')).toContain('统一社会信用代码,选填,18 位')
    expect(noteTexts.join('\n')).toContain('服务领域,必填,必填；从下拉列表中选,为老服务、助残服务')
  })

  it.each(Object.keys(IMPORT_SPECS) as ImportEntity[])(
    'of %s offers a drop-down for every enumeration and reads back as its examples only',
    async (entity) => {
      const spec = IMPORT_SPECS[entity]
      const data = await buildTemplate(spec)
      const sheet = (await load(data)).worksheets[0]!
      spec.columns.forEach((column, index) => {
        const validation = sheet.getRow(2).getCell(index + 1).dataValidation
        if (column.options) expect(validation?.formulae).toEqual([`"${column.options.join(',')}"`])
        else expect(validation).toBeUndefined()
      })
      const [read] = await readWorkbook('模板.xlsx', data)
      const headerRow = findHeaderRow(read!.grid, spec.columns)!
      const mapping = autoMapping(readHeaders(read!.grid, headerRow), spec.columns)
      expect(mapping).toEqual(spec.columns.map((column) => column.key))
      const result = dryRun(spec, { grid: read!.grid, headerRow, mapping }, context())
      expect(result).toMatchObject({ exampleRows: [2, 3], rows: [] })
    }
  )

  it('imports as nothing at all while it holds only its examples', async () => {
    const db = freshDatabase()
    const { result, outcome } = await importFile(
      db,
      'communities',
      await filledTemplate('communities', [])
    )
    expect(result.exampleRows).toEqual([2, 3])
    expect(result.rows).toEqual([])
    expect(outcome.created).toBe(0)
    expect(await db.communities.count()).toBe(0)
  })
})

describe('template → fill → import', () => {
  it('gives the records typed in, linked across the three registries', async () => {
    const db = freshDatabase()
    await createRepositories(db).settings.saveGeneral({
      operatorName: '张晓梅',
      officeName: '鼓楼区民政局',
      backupKeep: 10
    })

    const communities = await importFile(
      db,
      'communities',
      await filledTemplate('communities', [
        ['军门社区', '鼓楼区', '温泉街道', '350102001001', 3300, 8600, 8],
        ['南街社区', '温江区', '柳城街道', null, '4,100', '12500', null]
      ])
    )
    expect(communities.outcome).toMatchObject({ created: 2, failed: [] })

    const organizations = await importFile(
      db,
      'organizations',
      await filledTemplate('organizations', [
        [
          '鼓楼区晨光为老服务中心',
          '52350102MA01C7K265',
          '社会服务机构',
          '已登记',
          null,
          '为老服务',
          '内生型',
          '林晓梅',
          '350102198001011233',
          '13912345678',
          '王丽',
          '0591-83123456',
          '杨桥路 18 号',
          '鼓楼区',
          '温泉街道',
          '军门社区、南街社区',
          12,
          5,
          '2019年3月1日',
          '4A',
          865,
          '2023-05-10'
        ]
      ])
    )
    expect(organizations.outcome).toMatchObject({ created: 1, failed: [] })

    const workers = await importFile(
      db,
      'socialWorkers',
      await filledTemplate('socialWorkers', [
        [
          '陈志强',
          '男',
          '社会工作师',
          'S2020007',
          '2027/6/30',
          '鼓楼区晨光为老服务中心',
          '军门社区',
          '老年社会工作、社区营造',
          '13800138000',
          null
        ]
      ])
    )
    expect(workers.outcome).toMatchObject({ created: 1, failed: [] })

    const stored = await db.communities.toArray()
    const junmen = stored.find((community) => community.name === '军门社区')
    const nanjie = stored.find((community) => community.name === '南街社区')
    expect(junmen).toMatchObject({ divisionCode: '350102001001', households: 3300, grids: 8 })
    expect(nanjie).toMatchObject({ households: 4100, population: 12500, grids: 0 })

    const [organization] = await db.organizations.toArray()
    expect(organization).toMatchObject({
      name: '鼓楼区晨光为老服务中心',
      uscc: '52350102MA01C7K265',
      legalRepIdNumber: '350102198001011233',
      communityIds: [junmen!.id, nanjie!.id],
      establishedOn: '2019-03-01',
      rating: { grade: '4A', score: 865, ratedOn: '2023-05-10' },
      pinyinInitials: 'glqcgwlfwzx'
    })
    const [worker] = await db.socialWorkers.toArray()
    expect(worker).toMatchObject({
      employerId: organization!.id,
      communityIds: [junmen!.id],
      registrationValidUntil: '2027-06-30',
      specialties: ['老年社会工作', '社区营造']
    })

    // The same file again changes nothing: every row is a record already stored.
    const again = await importFile(
      db,
      'socialWorkers',
      await filledTemplate('socialWorkers', [
        [
          '陈志强',
          '男',
          '社会工作师',
          'S2020007',
          '2027/6/30',
          '鼓楼区晨光为老服务中心',
          '军门社区'
        ]
      ])
    )
    expect(again.result.counts).toEqual({ new: 0, existing: 1, error: 0 })
    expect(again.outcome).toMatchObject({ created: 0, updated: 0, unchanged: 1 })
  })
})
