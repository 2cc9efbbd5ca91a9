import { beforeEach, describe, expect, it } from 'vitest'
import { pinyinKeys } from '@shared/text/pinyin'
import {
  createCatalogueItemsRepository,
  type CatalogueItemsRepository
} from '@renderer/db/repositories/catalogue-items-repository'
import { createSettingsRepository } from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import {
  CATALOGUE,
  ITEM,
  NEGATIVE_ITEM,
  projectDatabase,
  purchaseDraft
} from '../../helpers/project-seed'
import { fieldError, freshDb, NOW, refusedUnchanged, sequentialIds, tickingClock } from '../helpers'

describe('catalogue items repository', () => {
  let db: ShelianDatabase
  let catalogue: CatalogueItemsRepository

  beforeEach(async () => {
    db = freshDb()
    const now = tickingClock()
    const newId = sequentialIds()
    await createSettingsRepository(db, now, newId).saveGeneral({
      operatorName: '张晓梅',
      officeName: '',
      backupKeep: 10
    })
    catalogue = createCatalogueItemsRepository(db, { now, newId })
  })

  it('stores an item with stamps and pinyin keys, and audits it', async () => {
    const { record, warnings } = await catalogue.create(ITEM)
    expect(warnings).toEqual([])
    expect(record).toEqual({
      ...ITEM,
      ...pinyinKeys('心理疏导'),
      id: expect.any(String),
      createdAt: new Date(NOW.getTime() + 1000).toISOString(),
      updatedAt: new Date(NOW.getTime() + 1000).toISOString(),
      archivedAt: null
    })
    await expect(catalogue.history(record.id)).resolves.toEqual([
      expect.objectContaining({
        table: 'catalogueItems',
        action: 'create',
        operator: '张晓梅'
      })
    ])
  })

  it('keeps an item on the negative list, marked, so its refusal can be seen', async () => {
    const { record } = await catalogue.create(NEGATIVE_ITEM)
    expect(record.negativeListKey).toBe('ownStaffing')
  })

  it('warns about wording that points at the negative list', async () => {
    const { warnings } = await catalogue.create({
      ...ITEM,
      name: '社区活动室装修',
      code: 'ML-30'
    })
    expect(warnings).toEqual([
      expect.objectContaining({ field: 'negativeListKey', level: 'warning' })
    ])
    expect(warnings[0]!.message).toContain('可能属于 102号令第十条负面清单')
  })

  it('refuses a code another item has (in any case, archived or not) and writes nothing', async () => {
    const { record } = await catalogue.create(ITEM)
    await refusedUnchanged(
      db,
      () => catalogue.create({ ...ITEM, name: '法律援助', code: 'ml-02' }),
      [fieldError('code', '目录编码 ml-02 已用于“心理疏导”，同一编码不能重复')]
    )
    await catalogue.archive(record.id)
    await refusedUnchanged(
      db,
      () => catalogue.create({ ...ITEM, name: '法律援助', code: 'ML-02' }),
      [
        fieldError(
          'code',
          '目录编码 ML-02 已用于“心理疏导”（已停用，可在归档中恢复），同一编码不能重复'
        )
      ]
    )
  })

  it('refuses a second item of the same name in the same list, not in another list', async () => {
    await catalogue.create(ITEM)
    await refusedUnchanged(db, () => catalogue.create({ ...ITEM, code: null }), [
      fieldError('name', '“政府购买服务指导目录”中已有“心理疏导”，同一清单中事项名称不能重复')
    ])
    const { record } = await catalogue.create({ ...ITEM, code: null, list: '协助政府工作事项' })
    expect(record.list).toBe('协助政府工作事项')
  })

  it('updates an item without counting it as its own duplicate', async () => {
    const { record } = await catalogue.create(ITEM)
    const { record: updated } = await catalogue.update(record.id, { typicalPriceFen: 25_000 })
    expect(updated).toMatchObject({ code: 'ML-02', typicalPriceFen: 25_000 })
    expect((await catalogue.history(record.id)).at(-1)).toMatchObject({
      action: 'update',
      changes: { typicalPriceFen: [20_000, 25_000] }
    })
  })

  it('warns on archiving an item that open purchase projects still name', async () => {
    const { repos } = await projectDatabase(tickingClock())
    const { record: project } = await repos.projects.createPurchase(purchaseDraft())
    const { warnings, record } = await repos.catalogueItems.archive(CATALOGUE.item.id)
    expect(record.archivedAt).not.toBeNull()
    expect(warnings).toEqual([
      {
        field: '',
        level: 'warning',
        message: `仍有 1 个进行中的政府购买服务项目选用了该事项：“${project.title}”。这些项目不受影响，新项目不能再选用该事项`
      }
    ])
    await repos.catalogueItems.restore(CATALOGUE.item.id)
    await repos.projects.terminate(project.id, { terminatedOn: '2026-11-22', reason: '撤销采购' })
    await expect(repos.catalogueItems.archive(CATALOGUE.item.id)).resolves.toMatchObject({
      warnings: []
    })
  })
})
