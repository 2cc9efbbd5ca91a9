/** UI text of the 社工 registry. */
export const SOCIAL_WORKER_STRINGS = {
  pageTitle: '社工',
  gridLabel: '社工列表',
  searchPlaceholder: '搜索姓名、拼音首字母、证书编号或所在机构',
  empty: '还没有社工。可以在“设置”中载入示例数据。',
  workload: '在办项目',
  expiringOnly: (count: number) => `只看登记到期（${count}）`,
  expiringHint: (days: number) => `登记已过期或 ${days} 天内到期、须办理再登记的社工`
} as const

export const SOCIAL_WORKER_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '姓名',
  gender: '性别',
  certLevel: '职业水平',
  certNo: '证书编号',
  registrationValidUntil: '登记有效期至',
  employerId: '所在机构',
  communityIds: '服务社区',
  specialties: '专长',
  phone: '电话',
  idNumber: '身份证号',
  archivedAt: '归档',
  updatedAt: '更新时间'
}
