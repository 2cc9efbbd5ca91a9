/** UI text of one project's page: its header, steps, 概况 and 操作记录 (the tabs have their own). */
import type { DueUrgency } from '@shared/domain/projects/due-dates'
import type { ProjectAction, ProjectChannel } from '@shared/domain/projects/project'

export const PROJECT_DETAIL_STRINGS = {
  pageTitle: '项目管理',
  notFound: '找不到这个项目',
  notFoundText: '链接中的项目不存在，可能地址有误。',
  backToList: '返回项目管理',
  summaryLabel: '项目概要',
  statusLabel: '项目状态',
  archivedTag: '已归档',
  archivedNotice: '这个项目已归档，恢复使用后才能继续办理。',
  missingOrganization: '（组织记录不存在）',
  missingRecord: '（记录不存在）',
  amount: '金额',
  period: '服务期',
  periodRange: (startOn: string, endOn: string) => `${startOn} 至 ${endOn}`,
  periodAtSigning: '签订协议时确定',
  closedNotice: (on: string) => `项目已于 ${on} 结项。`,
  terminatedNotice: (on: string, reason: string) => `项目已于 ${on} 终止。终止理由：${reason}`,

  overviewTab: '概况',
  agreementTab: '协议与变更',
  indicatorsTab: '绩效目标',
  activitiesTab: '服务记录',
  paymentsTab: '拨付',
  evaluationsTab: '评估',
  mutualTab: '双向评估',
  historyTab: '操作记录',

  signInAgreementTab: '签约：在“协议与变更”中起草并签订协议，签订后项目即转为执行中。',
  openAgreement: '前往协议与变更',
  stepDone: (label: string) => `已${label}`,
  cancel: '取消',
  save: '保存',
  closedOnLabel: '结项日期',
  terminatedOnLabel: '终止日期',
  reasonLabel: '终止理由',
  reasonPlaceholder: '例如：承接组织注销，无法继续履行合同',
  confirmTitle: (label: string) => `确认${label}？`,

  edit: '编辑',
  closingReport: '导出结项报告',
  editTitle: (title: string) => `编辑：${title}`,
  editSaved: '已保存',
  titleLabel: '项目名称',
  communitiesLabel: '服务社区',
  teamLabel: '服务团队',
  teamPlaceholder: '选择社工',
  teamHint: '签约前可调整；人员配备要求在保存时核对。',
  signedContractHint:
    '协议已签订：这里修改项目名称和服务社区；合同金额、服务期、采购信息、拨付计划和服务团队须在“协议与变更”中申请变更。',
  discardTitle: '放弃未保存的修改？',
  discardText: '关闭后，这次填写的内容不会保存。',
  discard: '放弃修改',
  keepEditing: '继续编辑',

  dueTitle: '到期事项',
  dueEmpty: '目前没有到期事项',
  dueDays: (days: number) =>
    days < 0 ? `已逾期 ${-days} 天` : days === 0 ? '今天到期' : `还有 ${days} 天`,
  basicsTitle: '基本信息',
  channel: '渠道',
  organization: '承接组织',
  category: '服务类别',
  communities: '服务社区',
  noCommunities: '未填写',
  matching: '配套资金',
  approvedOn: '立项日期',
  tranches: '拨付计划',
  trancheLine: (no: number, percent: number, gate: string, amount: string) =>
    `第 ${no} 期 ${percent}%，${gate}，${amount}`,
  team: '服务团队',
  noTeam: '尚未安排',
  workerLine: (name: string, level: string) => `${name}（${level}）`,
  ventureTitle: '公益创投来源',
  round: '批次',
  application: '申报书',
  purchaseTitle: '采购信息',
  purchaser: '购买主体',
  purchaserLine: (name: string, kind: string) => `${name}（${kind}）`,
  catalogueItems: '服务目录事项',
  itemLine: (code: string | null, name: string) => (code ? `${code} ${name}` : name),
  budgetSource: '资金来源',
  procurementMethod: '采购方式',
  multiYear: '跨年度合同的理由',
  notGiven: '未填写',
  biddersTitle: (label: string) => `${label}及中标（成交）`,
  bidderName: '名称',
  bidderUscc: '统一社会信用代码',
  bidderQuote: '报价（元）',
  bidderScore: '综合评分',
  bidderQualified: '资格审查',
  qualified: '通过',
  notQualified: '未通过',
  awarded: '中标（成交）',
  awardedOn: '中标（成交）日期',
  noBidders: '未录入供应商',
  staffingTitle: '人员配备',
  staffingRequirement: '人员要求',
  staffingMet: '现有团队满足人员要求',
  historyTitle: '项目修改记录',
  agreementHistoryTitle: '协议修改记录'
} as const

export const CHANNEL_COLORS: Readonly<Record<ProjectChannel, string>> = {
  公益创投: 'purple',
  政府购买服务: 'geekblue'
}

export const DUE_URGENCY_COLORS: Readonly<Record<DueUrgency, string>> = {
  已逾期: 'red',
  '7天内': 'orange',
  '30天内': 'gold',
  以后: 'default'
}

/** What each step that ends the project does, said before it is taken. */
export const STEP_CONFIRMATIONS: Readonly<Record<Exclude<ProjectAction, 'sign'>, string>> = {
  close: '结项后项目即告结束，不能撤销：项目信息和协议都不能再修改，也不能再办理变更。',
  terminate: '终止后项目即告结束，不能撤销：项目信息和协议都不能再修改，也不能再签约或办理变更。'
}

/** Chinese names of a project's fields, for its history. */
export const PROJECT_FIELD_LABELS: Readonly<Record<string, string>> = {
  title: '项目名称',
  channel: PROJECT_DETAIL_STRINGS.channel,
  origin: PROJECT_DETAIL_STRINGS.ventureTitle,
  organizationId: '承接组织',
  category: '服务类别',
  communityIds: '服务社区',
  amountFen: '金额',
  matchingFen: '配套资金',
  tranches: '拨付计划',
  approvedOn: '立项日期',
  status: '状态',
  startOn: '服务开始日期',
  endOn: '服务结束日期',
  indicators: '绩效目标表',
  socialWorkerIds: '服务团队',
  purchase: '采购信息',
  closedOn: '结项日期',
  terminatedOn: '终止日期',
  terminationReason: '终止理由',
  archivedAt: '归档'
}
