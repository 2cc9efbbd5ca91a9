/** UI text of the 社会组织 registry. */
export const ORGANIZATION_STRINGS = {
  pageTitle: '社会组织',
  gridLabel: '社会组织列表',
  searchPlaceholder: '搜索名称、拼音首字母、信用代码或法定代表人',
  empty: '还没有社会组织。可以在“设置”中载入示例数据。',
  ratingExpired: '已过期',
  ratingValidUntil: '有效期至',
  servedCommunities: '服务社区',
  annualChecks: '年检 / 年报'
} as const

/** Chinese names of the fields, for the grid headers and the history. */
export const ORGANIZATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '组织名称',
  uscc: '统一社会信用代码',
  legalForm: '组织形式',
  registrationStatus: '登记状态',
  filingNo: '备案编号',
  category: '服务领域',
  origin: '组织来源',
  legalRepName: '法定代表人',
  legalRepIdNumber: '法定代表人身份证号',
  legalRepPhone: '法定代表人电话',
  contactName: '联系人',
  contactPhone: '联系电话',
  address: '地址',
  district: '区县',
  subdistrict: '街道',
  communityIds: '服务社区',
  staffCount: '专职人数',
  socialWorkerCount: '持证社工人数',
  establishedOn: '成立日期',
  rating: '评估等级',
  annualChecks: '年检',
  archivedAt: '归档',
  updatedAt: '更新时间'
}
