/** UI text of the 社区 registry and a community's own page. */
export const COMMUNITY_STRINGS = {
  pageTitle: '社区',
  gridLabel: '社区列表',
  searchPlaceholder: '搜索社区、街道、拼音首字母或区划代码',
  empty: '还没有社区。可以在“设置”中载入示例数据。',

  notFoundTitle: '找不到这个社区',
  notFoundText: '链接中的社区不存在，可能地址有误。',
  backToList: '返回社区列表',
  summaryLabel: '社区概要',
  archivedTag: '已归档',
  archivedNotice: '这个社区已归档：不再计入覆盖情况，也不能再登记它的需求。',
  basicInfo: '基本情况',
  area: (district: string, subdistrict: string) => `${district} ${subdistrict}`,

  organizationsTitle: (count: number) => `服务本社区的社会组织（${count}）`,
  organizationsEmpty: '还没有社会组织把本社区列为服务社区。',
  organizationsTable: '服务本社区的社会组织',
  organizationName: '组织名称',
  category: '服务领域',
  rating: '评估等级',
  registrationStatus: '登记状态',

  socialWorkersTitle: (count: number) => `服务本社区的社工（${count}）`,
  socialWorkersEmpty: '还没有社工把本社区列为服务社区。',
  socialWorkersTable: '服务本社区的社工',
  workerName: '姓名',
  certLevel: '职业水平',
  registrationValidUntil: '登记有效期至',
  employer: '所在机构',
  workload: '在办项目',

  projectsTitle: (count: number) => `在本社区的项目（${count}）`,
  projectsEmpty: '还没有在本社区实施的项目。',
  projectsTable: '在本社区的项目',
  projectTitle: '项目名称',
  channel: '渠道',
  status: '状态',
  amount: '金额（元）',
  provider: '承接组织',

  needsTitle: (count: number) => `未解决的需求（${count}），按提出人数排序`,
  needsEmpty: '本社区没有未解决的需求。',
  needsTable: '本社区未解决的需求',
  rank: '排名',
  needName: '需求',
  needCategory: '类别',
  source: '来源',
  raisedBy: '提出人数',
  raisedOn: '提出日期',

  resourcesTitle: (count: number) => `提供给本社区的资源（${count}）`,
  resourcesHint: '只列出点名提供给本社区的资源；面向全街道或全区的资源见“三社联动 · 资源清单”。',
  resourcesEmpty: '还没有点名提供给本社区的资源。',
  resourcesTable: '提供给本社区的资源',
  resourceName: '资源',
  resourceType: '类型',
  providerName: '提供方',
  capacity: '规模',
  availability: '时间',

  volunteersTitle: '志愿服务（五社联动）',
  volunteersHint: '从各项目的服务记录汇总，全部年度。',
  volunteersEmpty: '还没有在本社区记录志愿者参与的活动。',
  volunteerHours: '志愿服务时长（小时）',
  volunteerVisits: '志愿者人次',
  volunteerActivities: '活动场次',

  graphTitle: '联动图',
  graphHint: '鼠标移到或键盘选中一个节点，突出显示它的联系；组织、项目、需求可点开。',
  graphLabel: '社区联动图',
  graphEmpty: '还没有与本社区联动的记录。',
  graphLegend: '图例',
  graphEdgesNote:
    '连线：组织承接项目、社工服务项目、项目回应需求、社区提出需求、组织和社工服务社区、资源提供给社区、组织提供资源、组织聘用社工。',
  graphOpen: (name: string) => `${name}，打开`,
  graphHighlight: (name: string) => `${name}，突出显示联系`,
  graphTextLabel: '联动关系（文字版）',

  historyTitle: '操作记录'
} as const

export const COMMUNITY_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '社区名称',
  district: '区县',
  subdistrict: '街道',
  divisionCode: '区划代码',
  households: '户数',
  population: '人口',
  grids: '网格数',
  archivedAt: '归档',
  updatedAt: '更新时间'
}
