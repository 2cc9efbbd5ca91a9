/**
 * UI text of 项目管理: the list of every project, 到期事项, the status tag and the form of a
 * 政府购买服务 project, new or 待签约.
 */
import type { DueUrgency } from '@shared/domain/projects/due-dates'
import type { ProjectStatus } from '@shared/domain/projects/project'

export const PROJECT_STATUS_COLORS: Readonly<Record<ProjectStatus, string>> = {
  待签约: 'gold',
  执行中: 'blue',
  已结项: 'green',
  已终止: 'default'
}

export const DUE_URGENCY_COLORS: Readonly<Record<DueUrgency, 'danger' | 'warning' | undefined>> = {
  已逾期: 'danger',
  '7天内': 'warning',
  '30天内': undefined,
  以后: undefined
}

export const PROJECT_STRINGS = {
  pageTitle: '项目管理',
  projectsTab: '项目',
  dueTab: '到期事项',
  gridLabel: '项目列表',
  searchPlaceholder: '搜索项目名称、承接组织、购买方或批次',
  empty: '还没有项目。公益创投立项后自动生成项目；政府购买服务项目点“新建购买服务项目”录入。',
  create: '新建购买服务项目',
  archivedTag: '已归档',
  channel: '渠道',
  title: '项目名称',
  organization: '承接组织',
  source: '购买方 / 批次',
  amount: '金额（元）',
  period: '服务期',
  periodRange: (startOn: string, endOn: string) => `${startOn} 至 ${endOn}`,
  status: '状态',
  nextDue: '下一到期',
  missingOrganization: '（组织记录不存在）',
  missingRound: '（批次记录不存在）',

  dueEmpty: '没有到期事项。',
  dueGroupEmpty: '无',
  dueDays: (daysLeft: number) =>
    daysLeft < 0 ? `逾期 ${-daysLeft} 天` : daysLeft === 0 ? '今天到期' : `还有 ${daysLeft} 天`,
  dueProjectMissing: '（项目记录不存在）',

  createTitle: '新建政府购买服务项目',
  created: (title: string) => `已新建项目：${title}`,
  editTitle: (title: string) => `编辑：${title}`,
  saved: '已保存',
  save: '保存',
  cancel: '取消',
  discardTitle: '放弃未保存的修改？',
  discardText: '关闭后，这次填写的内容不会保存。',
  discard: '放弃修改',
  keepEditing: '继续编辑',

  sectionBasics: '项目与购买方',
  sectionProvider: '承接组织',
  sectionMoney: '金额与服务期',
  sectionProcurement: '采购',
  sectionStaffing: '人员配备',
  sectionPayments: '拨付计划',
  sectionIndicators: '绩效目标表',

  titleLabel: '项目名称',
  purchaserName: '购买方',
  purchaserNamePlaceholder: '如 鼓楼区军门街道办事处',
  purchaserKind: '购买方类型',
  catalogueItems: '服务目录事项',
  catalogueItemsPlaceholder: '选择本项目购买的服务目录事项',
  catalogueEmpty: '服务目录中还没有事项，请先到“服务目录”录入',
  category: '服务类别',
  budgetSource: '资金来源',
  organizationLabel: '承接组织',
  organizationNotFound: '没有找到这个组织，请先到“社会组织”登记',
  communities: '服务社区',
  contractAmount: '合同金额（元）',
  amountPlaceholder: '如 300000 或 30万',
  amountInWords: (words: string) => `大写：${words}`,
  approvedOn: '立项日期',
  startOn: '服务开始日期',
  endOn: '服务结束日期',
  endOnDefault: '默认为一年，可修改',
  contractMonths: (months: number) => `合同期 ${months} 个月`,
  multiYearJustification: '跨年度合同的理由（多年期理由）',
  multiYearPlaceholder: '预算有保障，且服务内容相对固定、连续性强、价格稳定的情况说明',

  method: '采购方式',
  bidders: (bidderLabel: string) => `${bidderLabel}名单`,
  bidderName: '名称',
  bidderUscc: '统一社会信用代码',
  bidderQuote: '报价（元）',
  bidderScore: '综合评分',
  bidderQualified: '通过资格审查',
  addBidder: (bidderLabel: string) => `添加${bidderLabel}`,
  removeBidder: '删除',
  bidderRow: (bidderLabel: string) => bidderLabel,
  awarded: (bidderLabel: string) => `中标（成交）${bidderLabel}`,
  awardedPlaceholder: '从名单中选择',
  awardedOn: '中标（成交）日期',
  unnamedBidder: (bidderLabel: string) => `${bidderLabel}（未填名称）`,
  /** Numbered as in the list above, so two similar names are told apart. */
  awardOption: (no: number, name: string) => `${no}. ${name}`,

  staffing: '人员配备要求',
  staffingLevel: '职业水平（及以上）',
  staffingCount: '人数',
  addStaffing: '添加等级',
  removeStaffing: '删除',
  staffingSummary: (summary: string) => `要求：${summary}`,
  team: '服务团队',
  teamPlaceholder: '从承接组织的社工中选择',
  teamNeedsProvider: '请先选择承接组织',
  teamEmpty: '承接组织还没有登记社工',

  tranchePercent: '比例',
  trancheGate: '拨付条件',
  addTranche: '添加一期',
  removeTranche: '删除',
  trancheTotal: (total: number) => `比例合计 ${total}% / 100%`,
  tranchesHint: '每期按比例计算金额，最后一期承担尾差，各期合计等于合同金额。',

  template: '绩效目标表模板',
  templateNone: '暂不设置',
  templateExtra: '保存后在项目页的“绩效目标”中修改指标、权重和目标值。'
} as const
