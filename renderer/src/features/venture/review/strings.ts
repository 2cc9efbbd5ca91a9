/** UI text of the 评审专家库, the 初审 and 评审 tabs of a round, and the review-day mode. */
import type { ScreeningDecision } from '@shared/domain/venture/application'
import type { ReviewStatus } from '@shared/domain/venture/review'
import type { RoundStatus } from '@shared/domain/venture/round'

export const REVIEW_STRINGS = {
  save: '保存',
  cancel: '取消',
  saved: '已保存',
  failed: '操作失败：',
  archivedTag: '已归档',
  noValue: '—',
  unknownOrganization: '（申报单位已不存在）',
  unknownReviewer: '（专家已不存在）',

  poolGridLabel: '评审专家列表',
  poolSearchPlaceholder: '搜索姓名、拼音首字母、工作单位或擅长领域',
  poolEmpty: '专家库还是空的。点“新增专家”录入第一位评审专家。',
  addReviewer: '新增专家',
  editReviewer: '修改专家信息',
  edit: '修改',
  pending: '待评',
  reviewed: '已评',
  expertiseHint: '输入后按回车，可填多项',
  usccHint: '填写后，系统会自动提示与申报单位的利益冲突',

  screeningWaiting: (n: number) => `待初审（${n}）`,
  screeningDecided: (n: number) => `已作结论（${n}）`,
  screeningSearch: '搜索项目名称、申报单位或拼音首字母',
  sortBy: '排序',
  sortSubmitted: '按提交时间',
  sortApplicant: '按申报单位',
  sortEligibility: '资格审查未通过的在前',
  screeningWaitingEmpty: '没有待初审的申报书。全部作出初审结论后，即可开始评审。',
  screeningDecidedEmpty: '还没有作出初审结论的申报书。',
  screeningNoMatch: '没有符合搜索条件的申报书。',
  screeningStage: (status: RoundStatus) =>
    status === '筹备' || status === '征集中'
      ? `批次目前为“${status}”：截止申报后才进入初审，届时在这里作初审结论。`
      : `批次目前为“${status}”，初审已经结束，初审结论只能查看。`,
  submittedOn: (on: string) => `${on} 提交`,
  eligibilityTitle: '资格审查',
  eligibilityAtDecision: '作结论时的资格审查',
  eligibilityLoading: '正在进行资格审查…',
  eligible: '资格审查全部通过',
  notEligible: (n: number) => `资格审查有 ${n} 项未通过`,
  rule: '审查项',
  result: '结果',
  reason: '说明',
  passedMark: '✓ 通过',
  failedMark: '✗ 未通过',
  screenPass: '初审通过',
  screenFail: '初审不通过',
  screenFailConfirmTitle: '确认初审不通过？',
  screenFailConfirmText: '初审不通过后，这份申报书不再参加本批次评审，结论不能撤回。',
  screeningDone: (label: string) => `已${label}`,
  decision: '初审结论',
  decisionNote: '初审意见',
  decidedBy: '作出人',
  decidedAt: '作出时间',
  currentStatus: '目前状态',

  reviewDayButton: '进入评审日模式',
  reviewDayHint: '几位专家在同一台电脑上轮流声明利益冲突并评分',
  assignTitle: '批量分配评审专家',
  assignReviewers: '参加本批次评审的专家',
  assignPerApplication: '每份申报书的专家人数',
  assignRun: '分配',
  assignHint: '工作量在所选专家之间平均分配；已有的分配保留并计入人数。',
  assignNoReviewers: '专家库中还没有在用的专家，请先在“评审专家库”中录入。',
  assignCreated: (n: number) => (n === 0 ? '没有需要新分配的评审' : `已新分配 ${n} 份评审`),
  assignFlagged: '因利益冲突未分配',
  assignShort: '专家人数不足的申报书',
  assignShortItem: (title: string, got: number, wanted: number) =>
    `${title}：只安排了 ${got} 名专家（需要 ${wanted} 名）`,
  assignStage: (status: RoundStatus) =>
    status === '筹备' || status === '征集中'
      ? `批次目前为“${status}”：截止申报、作出初审结论后，才能为通过初审的申报书分配评审专家。`
      : `批次目前为“${status}”，评审已经结束，评审安排和评分只能查看。`,
  scoringStage: '批次开始评审后，专家才能声明利益冲突和评分；目前可以先分配专家。',
  progressTitle: '评审进度',
  progressSearch: '搜索项目名称或申报单位',
  progressEmpty: '还没有通过初审的申报书。初审通过后，在这里分配专家并查看评分进度。',
  application: '申报书',
  track: '类别',
  experts: '评审专家',
  progress: '评审进度',
  progressText: (submitted: number, expected: number) => `已提交 ${submitted} / ${expected}`,
  recusedText: (n: number) => `回避 ${n}`,
  complete: '完成',
  noExperts: '尚未分配',
  addExpert: '添加专家',
  addExpertTitle: (title: string) => `为“${title}”添加专家`,
  addExpertField: '评审专家',
  addExpertEmpty: '专家库中没有可添加的专家',
  added: (name: string) => `已添加 ${name}`,
  unassign: '取消分配',
  unassignConfirm: '取消这位专家对该申报书的评审？',
  unassignConfirmText: '专家还没有声明利益冲突，取消后可再添加。',
  unassigned: '已取消分配',
  reopen: '退回重评',
  reopenTitle: '退回重评',
  reopenReason: '退回重评的原因',
  reopened: '已退回重评，专家可重新评分',
  total: '总分',
  declaredAt: '声明时间',
  submittedAt: '提交时间',
  actions: '操作',
  reviewRows: (title: string) => `“${title}”的评审专家`,
  loadTitle: '专家工作量',
  loadExpert: '专家',
  loadAffiliation: '工作单位',
  loadAssigned: '分配',
  loadSubmitted: '已提交',
  loadRecused: '回避',
  loadOpen: '未完成',
  loadEmpty: '还没有分配评审专家。',

  reviewDayTitle: '评审日模式',
  exitReviewDay: '退出评审日模式',
  roundNotFound: '找不到这个公益创投批次',
  backToVenture: '返回公益创投',
  reviewDayStage: (status: RoundStatus) =>
    `批次目前为“${status}”，只有“评审中”的批次才能声明利益冲突和评分。`,
  chooseExpert: '当前评审专家',
  chooseExpertPlaceholder: '请选择正在评审的专家',
  chooseExpertHint: '请专家本人在这台电脑上声明利益冲突并评分；评完后点“换下一位专家”。',
  noAssignedExperts: '本批次还没有分配评审专家，请先在“评审”页分配。',
  currentExpert: (name: string) => `当前评审专家：${name}`,
  switchExpert: '换下一位专家',
  unsavedTitle: '评分还没有暂存',
  unsavedSwitch: '换下一位专家后，这些改动将丢失。',
  unsavedBack: '返回列表后，这些改动将丢失。',
  unsavedExit: '退出评审日模式后，这些改动将丢失。',
  discard: '放弃改动',
  myApplications: '需要评审的申报书',
  myProgress: (submitted: number, total: number) => `已提交 ${submitted} / ${total}`,
  openDeclare: '声明并评分',
  openScore: '继续评分',
  openView: '查看',
  backToList: '返回申报书列表',
  declarationTitle: '利益冲突声明',
  declarationIntro: '在查看或填写评分之前，请声明您与这份申报书的申报单位是否存在利益冲突。',
  flagsTitle: '系统发现可能的利益冲突，请如实声明：',
  noConflict: '无利益冲突',
  conflict: '有利益冲突（回避）',
  conflictChoice: '声明',
  conflictNote: '利益冲突说明',
  conflictNoteHint: '声明有利益冲突时必填，例如：本人在申报单位兼职',
  declare: '确认声明',
  declareConfirmTitle: '确认这份声明？',
  declareConfirmText: '声明提交后不能更改。',
  declaredNoConflict: '已声明无利益冲突，可以评分',
  declaredConflict: '已声明有利益冲突，本申报书由您回避',
  summaryTitle: '申报书摘要',
  summaryApplicant: '申报单位',
  summaryTitleLabel: '项目名称',
  summaryTrack: '申报类别',
  summaryRequested: '申请金额',
  summaryBudget: '预算总额',
  summaryObjectives: '项目目标',
  sheetTitle: '评分表',
  criterionLabel: (name: string, weight: number) => `${name}（满分 ${weight}）`,
  sheetTotal: '合计',
  sheetTotalValue: (total: number) => `${total} / 100`,
  sheetTotalPending: (n: number) => `还有 ${n} 项未打分`,
  comment: '评审意见',
  saveDraft: '暂存',
  savedDraft: '已暂存',
  submitSheet: '提交评分',
  submitConfirmTitle: '提交评分表？',
  submitConfirmText: (total: number | null) =>
    `${total === null ? '' : `总分 ${total} 分。`}提交后不能再修改；如需修改，须由工作人员退回重评。`,
  submitted: '评分表已提交',
  recusedNote: (note: string | null) => `利益冲突说明：${note ?? '—'}`,
  reopenedNote: (reason: string) => `工作人员已退回重评：${reason}`
} as const

export const REVIEW_STATUS_COLORS: Readonly<Record<ReviewStatus, string>> = {
  待声明: 'default',
  回避: 'orange',
  评分中: 'blue',
  已提交: 'green'
}

export const SCREENING_DECISION_COLORS: Readonly<Record<ScreeningDecision, string>> = {
  通过: 'green',
  不通过: 'red'
}

/** Chinese names of a reviewer's fields, for the form, the panel and the history. */
export const REVIEWER_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: '专家姓名',
  affiliation: '工作单位',
  affiliationUscc: '单位统一社会信用代码',
  title: '职称 / 职务',
  expertise: '擅长领域',
  phone: '联系电话',
  note: '备注',
  archivedAt: '归档'
}

/** The 初审 dialogs' fields, worded as APPLICATION_ACTION_INPUTS words its messages. */
export const SCREENING_FIELD_LABELS = {
  screenPass: { field: 'note', label: '初审意见' },
  screenFail: { field: 'reason', label: '初审不通过的理由' }
} as const

/** Chinese names of a review's fields, for the 操作日志. */
export const REVIEW_FIELD_LABELS: Readonly<Record<string, string>> = {
  applicationId: REVIEW_STRINGS.application,
  reviewerId: REVIEW_STRINGS.addExpertField,
  conflict: REVIEW_STRINGS.declarationTitle,
  scores: REVIEW_STRINGS.sheetTitle,
  comment: REVIEW_STRINGS.comment,
  submittedAt: REVIEW_STRINGS.submittedAt,
  reopenings: REVIEW_STRINGS.reopen,
  archivedAt: '归档'
}
