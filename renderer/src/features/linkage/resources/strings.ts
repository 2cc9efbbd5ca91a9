/** UI text of the 资源清单: the grid, a resource's panel and its form. */
import type { FiveSocietyLeg } from '@shared/domain/linkage/resource-rules'

export const FIVE_SOCIETY_COLORS: Readonly<Record<FiveSocietyLeg, string>> = {
  社区志愿者: 'cyan',
  社会慈善资源: 'magenta'
}

export const RESOURCE_STRINGS = {
  gridLabel: '资源清单',
  searchPlaceholder: '搜索资源名称、拼音首字母、提供方或社区',
  empty:
    '还没有资源。点“新增资源”录入社会组织、驻区单位、志愿服务队和慈善组织可以提供的场地、资金、志愿者、专业服务和物资。',
  create: '新增资源',
  edit: '编辑',
  editArchived: '已归档的资源不能修改，请先恢复使用',
  archivedTag: '已归档',
  expiredTag: '已过期',
  legColumn: '五社联动',
  noLeg: '—（三社联动）',
  amountColumn: '资金（元）',
  periodColumn: '可用期间',
  period: (from: string, until: string) => `${from} 至 ${until}`,
  noPeriod: '长期',
  openStart: '不限开始',
  openEnd: '长期',
  allCommunities: '全部社区',
  anyCategory: '不限',
  missingRecord: '（记录不存在）',
  yuan: '元',

  createTitle: '新增资源',
  editTitle: (name: string) => `编辑资源：${name}`,
  created: (name: string) => `已新增资源：${name}`,
  saved: '已保存',
  save: '保存',
  cancel: '取消',
  discardTitle: '放弃未保存的修改？',
  discardText: '关闭后，这次填写的内容不会保存。',
  discard: '放弃修改',
  keepEditing: '继续编辑',
  sectionResource: '资源',
  sectionProvider: '提供方',
  sectionAvailability: '可用时间',
  namePlaceholder: '如：社区活动室（周末）、助老志愿服务',
  capacityPlaceholder: '如：可容纳 40 人；每月 2 次，每次 8 人',
  amountPlaceholder: '如 20000 或 2万',
  amountExtra: '只有资金类资源填写金额，其他类型的数量写在“资源数量或规模”中。',
  organizationExtra: '提供方是已登记的社会组织时选择；其他提供方只填名称即可。',
  organizationNotFound: '没有找到，请先在“社会组织”中登记',
  providerPlaceholder: '如：区红十字会、XX 小区业委会',
  availabilityPlaceholder: '如：每周六上午'
} as const

export const RESOURCE_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '资源名称',
  providerKind: '提供方类型',
  organizationId: '社会组织',
  providerName: '提供方名称',
  type: '资源类型',
  capacity: '资源数量或规模',
  amountFen: '资金金额（元）',
  communityIds: '面向社区',
  categories: '适用服务领域',
  availableFrom: '可用开始日期',
  availableUntil: '可用截止日期',
  availability: '可用时间',
  contactName: '联系人',
  contactPhone: '联系电话',
  archivedAt: '归档',
  updatedAt: '更新时间'
}
