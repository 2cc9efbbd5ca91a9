/**
 * 购买服务目录: the shared rule (checkCatalogueItem), plus one item per 目录编码 and one item of a
 * name in each list, and a warning when an item still named by an open purchase project is
 * archived (停用). An item on the 102号令 negative list stays in the catalogue; the projects
 * repository refuses to buy it (purchaseRefusal).
 */
import type { FieldIssue } from '@shared/domain/check'
import {
  catalogueItemDraftSchema,
  checkCatalogueItem,
  type CatalogueItem,
  type CatalogueItemDraft,
  type CatalogueItemFields
} from '@shared/domain/catalogue/catalogue-item'
import { projectAllows } from '@shared/domain/projects/project'
import type { ShelianDatabase } from '../schema'
import {
  createRecordRepository,
  type RecordRepository,
  type RecordRules,
  type RepositoryDeps
} from './record-repository'

export type CatalogueItemsRepository = RecordRepository<CatalogueItem, CatalogueItemDraft>

/** Codes compare without case or surrounding space: `ml-06` and `ML-06` are one code. */
const codeKey = (code: string) => code.trim().toUpperCase()

const archivedNote = (item: CatalogueItem) =>
  item.archivedAt === null ? '' : '（已停用，可在归档中恢复）'

export const catalogueItemRules: RecordRules<CatalogueItem, CatalogueItemFields> = {
  table: 'catalogueItems',
  label: '服务目录事项',
  draftFields: Object.keys(catalogueItemDraftSchema.shape),
  check: (input) => checkCatalogueItem(input),
  relatedTables: ['projects'],
  async crossCheck(db, fields, selfId) {
    const issues: FieldIssue[] = []
    // Archived items count too: restoring one must not bring back a duplicate.
    const others = await db.catalogueItems.filter((item) => item.id !== selfId).toArray()
    if (fields.code !== null) {
      const holder = others.find(
        (item) => item.code !== null && codeKey(item.code) === codeKey(fields.code!)
      )
      if (holder) {
        issues.push({
          field: 'code',
          level: 'error',
          message: `目录编码 ${fields.code} 已用于“${holder.name}”${archivedNote(holder)}，同一编码不能重复`
        })
      }
    }
    const twin = others.find((item) => item.list === fields.list && item.name === fields.name)
    if (twin) {
      issues.push({
        field: 'name',
        level: 'error',
        message: `“${fields.list}”中已有“${fields.name}”${archivedNote(twin)}，同一清单中事项名称不能重复`
      })
    }
    return issues
  },
  async referencedBy(db, record) {
    const projects = await db.projects
      .filter(
        (project) =>
          projectAllows(project, 'followUp') &&
          (project.purchase?.catalogueItemIds.includes(record.id) ?? false)
      )
      .toArray()
    if (projects.length === 0) return []
    const names = projects.map((project) => `“${project.title}”`).join('、')
    const issue: FieldIssue = {
      field: '',
      level: 'warning',
      message: `仍有 ${projects.length} 个进行中的政府购买服务项目选用了该事项：${names}。这些项目不受影响，新项目不能再选用该事项`
    }
    return [issue]
  }
}

export function createCatalogueItemsRepository(
  db: ShelianDatabase,
  deps: RepositoryDeps = {}
): CatalogueItemsRepository {
  return createRecordRepository(db, catalogueItemRules, deps)
}
