/** UI text of the 操作日志 page. */
export const AUDIT_LOG_STRINGS = {
  pageTitle: '操作日志',
  gridLabel: '操作日志列表',
  searchPlaceholder: '搜索记录名称、说明或修改内容',
  empty: '还没有操作记录',
  loadingNames: '正在读取记录名称…',
  dateRange: '日期范围',
  dateFrom: '开始日期',
  dateTo: '结束日期',
  columnAt: '时间',
  columnOperator: '操作人',
  columnTable: '表',
  columnAction: '操作',
  columnRecord: '记录',
  columnSummary: '说明',
  columnChanges: '修改内容',
  noValue: '—',
  yes: '是',
  no: '否',
  arrow: ' → ',
  fieldSeparator: '：',
  changeSeparator: '；',
  listSeparator: '、',
  recordGone: '这条记录已不存在',
  openFailed: '无法打开记录：',
  items: (count: number) => `${count} 项`
} as const

/** Where an entry is not about a table of records (schema.ts TableName) but the app itself. */
export const OTHER_TABLE_LABELS: Readonly<Record<string, string>> = {
  backup: '备份',
  reports: '报告',
  workbooks: 'Excel 文件'
}

/** How `export` reads where it saved no PDF 报告 (the action's own label says 导出报告). */
export const EXPORT_ACTION_LABELS: Readonly<Record<string, string>> = {
  workbooks: '导出 Excel'
}

/**
 * Names of fields most tables share, for fields a page's own label map leaves out (workflow
 * steps record some that no form shows).
 */
export const COMMON_FIELD_LABELS: Readonly<Record<string, string>> = {
  status: '状态',
  archivedAt: '归档',
  note: '备注',
  reason: '原因',
  version: '版本',
  total: '总分',
  grade: '等级',
  scores: '评分',
  approvals: '审核记录',
  events: '办理经过',
  // The record a record belongs to: set when it is made, named here for the odd one that moves.
  organizationId: '社会组织',
  incubationId: '入驻记录',
  roundId: '公益创投批次',
  applicationId: '申报书',
  projectId: '项目',
  agreementId: '协议',
  needId: '需求'
}
