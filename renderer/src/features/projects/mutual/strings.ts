/** UI text of a project's 双向评估 tab: the periods, a new one, both sheets and the comparison. */
import type { MutualEvaluationStatus } from '@shared/domain/evaluations/mutual-evaluation'

export const MUTUAL_STRINGS = {
  cancel: '取消',
  save: '保存',
  none: '—',

  listTitle: '双向评估',
  listLabel: '双向评估列表',
  listEmpty:
    '还没有双向评估。每个合同期间，购买方和承接方各填一张评价表，为双方的义务打分，两张表并排比较。',
  newEvaluation: '新建双向评估',
  created: '已新建双向评估',
  open: '查看',
  period: (start: string, end: string) => `${start} 至 ${end}`,
  sheetPending: '填写中',
  sheetSubmitted: '已提交',

  obligationsLabel: '评估义务',
  obligationsHint: '默认按本单位的双向评估表；可以增删和修改，每一方的各项满分合计须为 100。',
  obligationRow: '义务',
  addObligation: '添加义务',
  removeObligation: '删除义务',
  sideTotal: (side: string, total: number) => `${side}合计 ${total} 分`,

  sheetTitle: (side: string) => `${side}填写`,
  sheetIntro: (side: string, other: string) => `${side}为自己的义务自评，为${other}的义务他评。`,
  obligationsOf: (side: string) => `${side}的义务`,
  rater: '评价人',
  scoreLabel: (name: string, max: number) => `${name}（满分 ${max}）`,
  scoreAria: (side: string, name: string) => `${side}对“${name}”的评分`,
  commentAria: (side: string, name: string) => `${side}对“${name}”的说明`,
  commentPlaceholder: '说明（可选）',
  saved: (side: string) => `已保存${side}的评价表`,
  submit: '提交',
  submitTitle: (side: string) => `提交${side}的评价表？`,
  submitText: '提交后这张表不能再修改；定稿前可以退回修改。',
  submitted: (side: string) => `已提交${side}的评价表`,
  submittedAt: (rater: string, on: string) => `${rater} 于 ${on} 提交`,
  reopen: '退回修改',
  reopenTitle: (side: string) => `退回${side}的评价表？`,
  reopenText: '退回后这张表回到填写中，可以修改后重新提交。',
  reopened: (side: string) => `已退回${side}的评价表`,
  actionFailed: '操作失败：',

  comparisonTitle: '双方评分比较',
  comparisonLabel: '双方评分比较表',
  flagged: '差距较大',
  flaggedHint: (percent: number) => `自评与他评相差满分的 ${percent}% 以上的义务标为“差距较大”。`,
  sideTotalRow: (side: string) => `${side}合计`,
  finalize: '定稿',
  exportReport: '导出双向评估报告',
  finalizeTitle: '确认定稿？',
  finalizeText: '定稿后双方的评价表和评分都不能再修改或退回，双向评估即告完成。',
  finalized: '已定稿',
  finalizedBy: (by: string, on: string) => `${by} 于 ${on} 定稿，只读。`
}

export const MUTUAL_LABELS = {
  periodLabel: '评估期间',
  periodStart: '开始日期',
  periodEnd: '结束日期',
  dates: '起止日期',
  status: '状态',
  purchaserSheet: '购买方评价表',
  providerSheet: '承接方评价表',
  actions: '操作',
  side: '责任方',
  name: '义务',
  description: '说明',
  maxScore: '满分',
  self: '自评',
  other: '他评',
  gap: '差距'
}

export const MUTUAL_STATUS_COLORS: Readonly<Record<MutualEvaluationStatus, string>> = {
  草稿: 'default',
  定稿: 'blue'
}

/** Chinese names of a 双向评估's fields, for the 操作日志. */
export const MUTUAL_EVALUATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  periodLabel: MUTUAL_LABELS.periodLabel,
  periodStart: MUTUAL_LABELS.periodStart,
  periodEnd: MUTUAL_LABELS.periodEnd,
  obligations: MUTUAL_STRINGS.obligationsLabel,
  sheets: '双方评价表',
  status: MUTUAL_LABELS.status,
  finalizedAt: '定稿时间',
  finalizedBy: '定稿人',
  archivedAt: '归档'
}
