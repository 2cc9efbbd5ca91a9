/** UI text of the global search (Ctrl+K). */
export const SEARCH_STRINGS = {
  button: '搜索（Ctrl+K）',
  dialogTitle: '搜索',
  inputLabel: '搜索全部记录',
  placeholder: '名称、拼音、首字母、信用代码、证书编号或合同编号',
  resultsLabel: '搜索结果',
  loading: '正在准备搜索…',
  loadFailed: '无法读取记录：',
  hint: '输入名称（汉字、全拼或首字母）、统一社会信用代码、证书编号或合同编号',
  empty: '没有找到匹配的记录',
  viewAllInList: '在列表中查看全部',
  keys: '↑↓ 选择　Enter 打开　Esc 关闭',
  archived: '已归档',
  byPinyin: '（拼音）',
  byInitials: '（首字母）',
  phone: '电话',
  separator: ' · ',
  groupCount: (shown: number, total: number) =>
    total > shown ? `共 ${total} 个，显示前 ${shown} 个` : `${total} 个`,
  roundYear: (year: number) => `${year} 年度`
} as const

/** The kinds of records found, in the order their groups are listed. */
export const SEARCH_GROUPS = [
  'organizations',
  'socialWorkers',
  'communities',
  'projects',
  'rounds',
  'agreements',
  'people'
] as const
export type SearchGroupKind = (typeof SEARCH_GROUPS)[number]

export const SEARCH_GROUP_LABELS: Readonly<Record<SearchGroupKind, string>> = {
  organizations: '社会组织',
  socialWorkers: '社工',
  communities: '社区',
  projects: '项目',
  rounds: '公益创投批次',
  agreements: '合同（协议）',
  people: '法定代表人 / 联系人'
}

/** Names of the searched fields, shown with what matched. */
export const SEARCH_FIELD_LABELS = {
  organizationName: '组织名称',
  uscc: '统一社会信用代码',
  filingNo: '备案编号',
  legalRep: '法定代表人',
  contact: '联系人',
  legalRepAndContact: '法定代表人、联系人',
  workerName: '姓名',
  certNo: '证书编号',
  communityName: '社区名称',
  divisionCode: '区划代码',
  projectTitle: '项目名称',
  roundName: '批次名称',
  agreementNumber: '合同编号',
  agreementTitle: '协议名称'
} as const
