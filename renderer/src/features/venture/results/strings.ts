/** UI text of a round's 评审结果 tab: results, adjustments, 公示 with objections, and 立项. */
import type { ApplicationStatus } from '@shared/domain/venture/application'
import type { ObjectionOutcome } from '@shared/domain/venture/results'
import type { RoundStatus } from '@shared/domain/venture/round'
import type { FundingStatus } from '@shared/domain/venture/scoring'

export const RESULTS_STRINGS = {
  cancel: '取消',
  save: '保存',
  actionFailed: '操作失败：',
  unknownOrganization: '（组织已不存在）',
  unknownApplication: '（申报书已不存在）',
  none: '—',

  beforeReviewTitle: '还没有评审结果',
  beforeReview: (status: RoundStatus) =>
    `批次目前为“${status}”。` +
    {
      筹备: '开始征集、截止申报并完成初审后，点“开始评审”；',
      征集中: '截止申报并完成初审后，点“开始评审”；',
      初审中: '对每份申报书作出初审结论后，点“开始评审”；',
      评审中: '',
      公示中: '',
      已立项: ''
    }[status] +
    '评审专家提交评分后，这里按得分排名并计算各项目的资助金额。',

  summaryTitle: '资金概况',
  poolLabel: '资金池',
  grantedLabel: '资助合计',
  remainingLabel: '剩余',
  fundedLabel: '资助项目',
  fundedCount: (count: number) => `${count} 个`,
  wanYuan: '万元',
  trackBudget: (budget: string) => `类别预算 ${budget} 万元`,
  noTrackBudget: '不设类别预算',
  trackGranted: (granted: string) => `已资助 ${granted} 万元`,
  aggregationLabel: '评分汇总方式',
  trimmedFallback: (titles: string) =>
    `以下申报书的有效评分不足 5 份，不去掉最高分和最低分，按平均分计算：${titles}`,

  resultsTitle: '评审结果',
  exportResults: '导出评审结果',
  exportPublicity: '导出公示名单',
  resultsLabel: '评审结果列表',
  resultsEmpty: '还没有进入评审的申报书。初审通过的申报书在“开始评审”后列在这里。',
  allTracks: '全部类别',
  searchPlaceholder: '搜索申报单位或项目名称',
  blockersTitle: '公示前还需处理',
  progressTip: (submitted: number, scoring: number, undeclared: number, recused: number) =>
    `已提交 ${submitted} 份，评分中 ${scoring} 份，待声明 ${undeclared} 份，回避 ${recused} 份`,
  scoreTip: (used: string, dropped: string) =>
    dropped === '' ? `计入：${used}` : `计入：${used}；去掉：${dropped}`,
  scoreFallback: '（不足 5 份评分，按平均分）',
  noScore: '未评分',

  adjust: '人工调整',
  adjustTitle: (title: string) => `人工调整：${title}`,
  adjusted: '已调整资助金额',
  adjustmentHint: '调整会记入修改记录；填 0 表示不予资助。',
  amountPlaceholder: '例如 50000 或 5万',
  removeAdjustment: '撤销调整',
  removeAdjustmentConfirm: '撤销这项人工调整？',
  removeAdjustmentText: '资助金额恢复为按规则计算的金额。',
  adjustmentRemoved: '已撤销调整',
  tiebreak: '决定并列次序',
  tiebreakHint: '按评审组决定的先后排列并列的申报书，排在前面的优先资助。',
  tiebreakSaved: '已决定并列次序',
  moveUp: (title: string) => `上移 ${title}`,
  moveDown: (title: string) => `下移 ${title}`,
  tiedScore: (score: number) => `得分 ${score}`,

  publish: '公示结果',
  publishHint: '公示期间可登记和处理异议；公示期满、异议处理完毕后才能立项。',
  publishConfirmTitle: '确认公示评审结果？',
  publishConfirm: (funded: number, total: string) =>
    `公示后，这份名单即成为各申报书的评审结果：${funded} 个项目拟资助，合计 ${total}。` +
    '排名、得分和资助金额不再随评分改变，人工调整和并列次序也不能再修改。',
  published: '已公示评审结果',

  publicityTitle: '公示',
  publicityPeriod: '公示期',
  periodText: (startsOn: string, endsOn: string) => `${startsOn} 至 ${endsOn}`,
  publishedListTitle: '公示名单',
  publishedListLabel: '公示名单列表',
  publishedListEmpty: '公示名单为空',
  revokedNote: (reason: string) => `异议成立，撤销资助：${reason}`,
  adjustedNote: (reason: string) => `人工调整：${reason}`,

  approve: '立项',
  approveConfirmTitle: '确认立项？',
  approveConfirm: (count: number, total: string) =>
    `将为 ${count} 个拟资助项目立项，资助合计 ${total}，并按本批次的拨付计划生成各期拨付金额。` +
    '立项后批次结束，名单不能再修改。',
  approved: (count: number) => `已立项 ${count} 个项目`,

  objectionsTitle: '公示异议',
  objectionsLabel: '公示异议列表',
  objectionsEmpty: '公示期内没有收到异议。收到异议时点“登记异议”记录。',
  objectionsEmptyClosed: '公示期内没有收到异议。',
  addObjection: '登记异议',
  objectionAdded: '已登记异议',
  wholeList: '整份名单',
  answer: '处理',
  answerTitle: '处理异议',
  answered: '已处理异议',
  wholeListOutcomeHint:
    '针对整份名单的异议只能维持原结果；如需撤销某个项目的资助，请登记针对该项目的异议。',
  revoke: '撤销资助',
  revokeConfirmTitle: '确认撤销资助？',
  revokeConfirm: (title: string) =>
    `撤销后“${title}”的资助金额变为 0，不再列入拟资助名单，立项时不会为它建立项目。此操作不能撤回。`,
  anonymousPlaceholder: '可填“匿名”',

  projectsTitle: '立项项目',
  projectsLabel: '立项项目列表',
  projectsEmpty: '本批次没有立项的项目。',
  trancheLine: (no: number, percent: number, gate: string, amount: string) =>
    `第 ${no} 期 · ${percent}% · ${gate} · ${amount}`
} as const

/** Column headers and dialog labels, worded as the shared schemas word their messages. */
export const RESULTS_LABELS = {
  rank: '排名',
  trackRank: '类别内排名',
  organization: '申报单位',
  title: '项目名称',
  track: '类别',
  sheets: '评分',
  score: '得分',
  requested: '申请金额（元）',
  ceiling: '可资助上限（元）',
  computed: '按规则资助（元）',
  adjustment: '人工调整',
  grant: '最终资助（元）',
  status: '状态',
  actions: '操作',
  grantFen: '调整后的资助金额（元）',
  reason: '调整理由',
  tiebreakReason: '并列次序的依据',
  startsOn: '公示开始日期',
  endsOn: '公示结束日期',
  publishedGrant: '资助金额（元）',
  note: '说明',
  receivedOn: '收到日期',
  applicationId: '针对',
  from: '异议人',
  content: '异议内容',
  response: '处理意见',
  outcome: '处理结果',
  answeredOn: '答复日期',
  projectOrganization: '承接组织',
  amount: '资助金额（元）',
  approvedOn: '立项日期',
  projectStatus: '状态',
  tranches: '拨付计划'
} as const

export const FUNDING_STATUS_COLORS: Readonly<Record<FundingStatus, string>> = {
  资助: 'green',
  未资助: 'default',
  '待定（并列）': 'gold'
}

export const PUBLISHED_STATUS_COLORS: Partial<Record<ApplicationStatus, string>> = {
  拟资助: 'green',
  未获资助: 'default',
  已立项: 'blue'
}

export const OUTCOME_COLORS: Readonly<Record<ObjectionOutcome, string>> = {
  维持原结果: 'blue',
  撤销资助: 'red'
}
