/** UI text of the 孵化基地 pages and the incubation part of an organisation's page. */
import type { EvaluationStatus } from '@shared/domain/evaluations/evaluation'
import type { IncubationAction, IncubationStatus } from '@shared/domain/incubation/incubation'

export const INCUBATION_STRINGS = {
  pageTitle: '孵化基地',
  boardTitle: '看板',
  allStaysTab: '全部入驻记录',
  gridLabel: '入驻记录列表',
  searchPlaceholder: '搜索组织名称、拼音首字母、基地或导师',
  empty: '还没有入驻记录。点“入驻申请”登记第一份申请。',
  endingSoon: (days: number) => `即将到期（${days} 天内，含已到期）`,
  overdueReviews: '初核逾期',
  overdueHandovers: '场地交还逾期',
  graduatedThisYear: '今年出壳',
  endingSoonEmpty: (days: number) => `没有 ${days} 天内到期的入驻`,
  overdueReviewsEmpty: '没有逾期未初核的申请',
  overdueHandoversEmpty: '没有逾期未交还的场地',
  graduatedThisYearEmpty: '今年还没有组织出壳',
  plannedEndLabel: '到期',
  pastEndLabel: '已到期未办理',
  reviewDueLabel: '初核期限',
  handoverDueLabel: '交还期限',
  graduatedLabel: '出壳',
  unknownOrganization: '（组织已不存在）',
  edit: '修改',
  operator: '操作人',
  notFound: '找不到这条入驻记录',
  backToList: '返回孵化基地',

  apply: '入驻申请',
  applyTitle: '入驻申请',
  applyFromOrganization: '申请入驻',
  applied: '已登记入驻申请',
  organizationPlaceholder: '输入名称或拼音首字母查找',
  noOrganizationToApply: '没有找到可申请的组织；新组织请先在“社会组织”中登记',
  save: '保存',
  cancel: '取消',
  saved: '已保存',
  failed: '操作失败：',

  overdue: '已逾期',
  handedOver: '已交还',
  extensionsCount: (n: number) => `续驻 ${n} 次`,
  extensionItem: (on: string, from: string, to: string) => `${on} 续驻：${from} → ${to}`,
  editPlacement: '编辑',
  editPlacementTitle: '编辑入驻信息',
  timelineTitle: '办理经过',
  appliedEvent: '入驻申请',
  historyTitle: '修改记录',
  archivedTag: '已归档',
  archivedNotice: '这条入驻记录已归档，恢复后才能办理或记录服务。',
  confirmTitle: (label: string) => `确认${label}？`,
  confirmTerminal: '这一步记入办理经过，之后不能撤回。',
  actionDone: (label: string) => `已${label}`,
  plannedEndHint: (termMonths: number) => `默认为入驻日起 ${termMonths} 个月`,

  servicesTitle: '服务记录',
  addService: '记录服务',
  editService: '修改服务记录',
  servicesEmpty: '还没有服务记录',
  servicesTotalsTitle: '按类型合计',
  amountPlaceholder: '例如 2000 或 0.5万',
  total: '合计',
  count: '次数',

  assessmentsTitle: '能力评估',
  newAssessment: '新建评估',
  editAssessment: '修改评估',
  assessmentsEmpty: '还没有评估',
  finalize: '定稿',
  finalizeConfirmTitle: '定稿这份评估？',
  finalizeConfirmText: '定稿后总分、等级和结论即固定，评估不能再修改或归档。',
  finalizedResult: (total: number, grade: string) => `已定稿：${total} 分，${grade}`,
  assessmentDraftName: (kind: string) => `${kind}评估草稿`,
  points: (total: number) => `${total} 分`,
  finalizedBy: (by: string, on: string) => `${by} 于 ${on} 定稿`,
  exportReport: (kind: string) => `${kind}评估报告`,
  scorePreview: '加权总分',
  scorePreviewPending: '各维度打完分后显示',
  passed: '合格',
  notPassed: '不合格',
  weight: (weight: number) => `权重 ${weight}`,

  sectionTitle: '孵化记录',
  staysTitle: '入驻',
  staysEmpty: '没有入驻记录',
  serviceTotalsTitle: '接受服务',
  trendTitle: '能力评估趋势',
  trendEmpty: '还没有定稿的评估',
  trendChartLabel: '评估总分走势',
  trendPoint: (on: string, kind: string, total: number) => `${on} ${kind}评估 ${total} 分`,
  openStay: '查看'
} as const

export const INCUBATION_STATUS_COLORS: Readonly<Record<IncubationStatus, string>> = {
  待初核: 'gold',
  待入驻: 'blue',
  孵化中: 'green',
  续驻: 'cyan',
  出壳: 'purple',
  退驻: 'default',
  不予入驻: 'red'
}

export const EVALUATION_STATUS_COLORS: Readonly<Record<EvaluationStatus, string>> = {
  草稿: 'default',
  定稿: 'green'
}

/** Chinese names of a stay's fields, for the grid headers, the facts and the history. */
export const INCUBATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  organizationId: '组织',
  baseName: '孵化基地',
  status: '状态',
  appliedOn: '申请日期',
  preferredMode: '申请孵化方式',
  reviewDueOn: '初核期限',
  reviewedOn: '初核日期',
  reviewNote: '初核意见',
  admittedOn: '入驻日期',
  agreementNo: '入驻协议编号',
  mode: '孵化方式',
  workstation: '工位',
  mentor: '导师',
  plannedEndOn: '计划到期日',
  extensions: '续驻',
  endedOn: '结束日期',
  endReason: '结束原因',
  handoverDueOn: '场地交还期限',
  handedOverOn: '场地交还日期',
  note: '备注',
  events: '办理经过',
  archivedAt: '归档'
}

export const SERVICE_FIELD_LABELS: Readonly<Record<string, string>> = {
  date: '服务日期',
  type: '服务类型',
  hours: '时长（小时）',
  amountFen: '金额（元）',
  note: '备注',
  archivedAt: '归档'
}

export const EVALUATION_FIELD_LABELS: Readonly<Record<string, string>> = {
  subjectType: '评估对象类型',
  subjectId: '评估对象',
  kind: '评估类型',
  evaluatedOn: '评估日期',
  evaluators: '评估人',
  dimensions: '各维度得分',
  findings: '评估意见',
  status: '状态',
  total: '总分',
  grade: '等级',
  passed: '结论',
  finalizedAt: '定稿时间',
  finalizedBy: '定稿人',
  archivedAt: '归档'
}

/**
 * The labels of each action's dialog fields, worded as the shared input schemas word their
 * messages; keys match INCUBATION_ACTION_INPUTS.
 */
export const ACTION_FIELD_LABELS: Readonly<Record<IncubationAction, Record<string, string>>> = {
  approve: { on: '初核日期', note: '初核意见' },
  reject: { on: '初核日期', reason: '不予入驻理由' },
  admit: {
    on: '入驻日期',
    agreementNo: '入驻协议编号',
    mode: '孵化方式',
    workstation: '工位',
    mentor: '导师',
    plannedEndOn: '计划到期日'
  },
  extend: { on: '续驻日期', reason: '续驻理由', newEndOn: '新的到期日' },
  graduate: { on: '出壳日期', note: '备注' },
  exit: { on: '退驻日期', reason: '退驻理由' },
  handover: { on: '交还日期' }
}
