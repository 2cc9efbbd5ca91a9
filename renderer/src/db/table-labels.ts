/** How tables and their row counts are named to users. */
import type { TableName } from './schema'

export const TABLE_LABELS: Readonly<Record<TableName, string>> = {
  settings: '设置',
  communities: '社区',
  organizations: '社会组织',
  socialWorkers: '社工',
  incubations: '入驻记录',
  incubationServices: '孵化服务记录',
  evaluations: '评估',
  reviewers: '评审专家',
  ventureRounds: '公益创投批次',
  applications: '申报书',
  reviews: '评审记录',
  projects: '项目',
  catalogueItems: '服务目录事项',
  agreements: '协议合同',
  amendments: '合同变更',
  payments: '拨付',
  activities: '服务记录',
  projectEvaluations: '项目评估',
  mutualEvaluations: '双向评估',
  resources: '资源清单',
  needs: '需求清单',
  needMatches: '对接记录',
  auditLog: '操作日志'
}

/** The measure word for a count of the table's rows. */
export const TABLE_UNITS: Readonly<Record<TableName, string>> = {
  settings: '项',
  communities: '个',
  organizations: '个',
  socialWorkers: '名',
  incubations: '条',
  incubationServices: '条',
  evaluations: '份',
  reviewers: '名',
  ventureRounds: '个',
  applications: '份',
  reviews: '份',
  projects: '个',
  catalogueItems: '项',
  agreements: '份',
  amendments: '份',
  payments: '期',
  activities: '条',
  projectEvaluations: '份',
  mutualEvaluations: '份',
  resources: '项',
  needs: '条',
  needMatches: '条',
  auditLog: '条'
}

/** `社会组织 240 个`, `社会组织 15,000 个` (grouped like the grid's counts). */
export function describeCount(table: TableName, count: number): string {
  return `${TABLE_LABELS[table]} ${count.toLocaleString('zh-CN')} ${TABLE_UNITS[table]}`
}

/** `社会组织 240 个、社区 80 个、社工 160 名` for the tables given, in the order given. */
export function describeCounts(
  counts: Partial<Record<TableName, number>>,
  tables: readonly TableName[]
): string {
  return tables.map((table) => describeCount(table, counts[table] ?? 0)).join('、')
}
