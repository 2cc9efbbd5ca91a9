/** UI text of the 社区 registry. */
export const COMMUNITY_STRINGS = {
  pageTitle: '社区',
  gridLabel: '社区列表',
  searchPlaceholder: '搜索社区、街道、拼音首字母或区划代码',
  empty: '还没有社区。可以在“设置”中载入示例数据。',
  linkedTitle: '在本社区服务',
  organizations: '社会组织',
  socialWorkers: '社工',
  none: '暂无'
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
