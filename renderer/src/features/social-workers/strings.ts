/** UI text of the 社工 registry. */
export const SOCIAL_WORKER_STRINGS = {
  pageTitle: '社工',
  gridLabel: '社工列表',
  searchPlaceholder: '搜索姓名、拼音首字母、证书编号或所在机构',
  empty: '还没有社工。点“新建社工”录入，或在“设置”中载入示例数据。',
  create: '新建社工',
  workload: '在办项目',
  expiringOnly: (count: number) => `只看登记到期（${count}）`,
  expiringHint: (days: number) => `登记已过期或 ${days} 天内到期、须办理再登记的社工`,

  edit: '编辑',
  editArchived: '已归档的社工不能修改，请先恢复使用',
  createTitle: '新建社工',
  editTitle: (name: string) => `编辑社工：${name}`,
  save: '保存',
  cancel: '取消',
  created: (name: string) => `已新建社工：${name}`,
  saved: '已保存',
  discardTitle: '放弃未保存的修改？',
  discardText: '关闭后，这次填写的内容不会保存。',
  discard: '放弃修改',
  keepEditing: '继续编辑',
  sectionCertificate: '职业水平证书',
  sectionWork: '工作单位与服务',
  sectionContact: '联系方式',
  certNoExtra: '未持证的不填；同一证书编号只能登记一次',
  registrationExtra: '登记有效期 3 年，到期前须办理再登记',
  employerPlaceholder: '输入机构名称或拼音首字母查找',
  employerNotFound: '没有找到这个机构，请先在“社会组织”中登记',
  archivedMark: '（已归档）',
  communitiesPlaceholder: '输入社区名称或拼音首字母查找',
  specialtiesExtra: '可多选；列表中没有的专长可以直接输入后按回车'
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
