/** UI text of the 工作台: the 待办 list, the year's figures and their charts, the start-up notice. */
import type { ReminderKind, ReminderUrgency } from '@shared/domain/reminders/reminders'

/** Tag colours of the reminder kinds, by the module they come from. */
export const REMINDER_KIND_COLORS: Readonly<Record<ReminderKind, string>> = {
  初核: 'cyan',
  场地交还: 'cyan',
  孵化期满: 'cyan',
  创投批次: 'purple',
  公示期满: 'purple',
  签约: 'blue',
  拨付: 'gold',
  评估: 'blue',
  合同到期: 'blue',
  等级评估: 'green',
  社工登记: 'green',
  资源到期: 'green'
}

export const URGENCY_TEXT_TYPES: Readonly<
  Record<ReminderUrgency, 'danger' | 'warning' | undefined>
> = {
  已逾期: 'danger',
  今天到期: 'danger',
  '7天内': 'warning',
  '30天内': undefined
}

export const DASHBOARD_STRINGS = {
  pageTitle: '工作台',
  navLabel: '工作台',
  asOf: (date: string, year: number) => `${date} · ${year} 年度`,

  remindersTitle: '待办',
  remindersLoading: '正在汇总待办…',
  remindersEmpty: '30 天内没有到期的事项',
  groupTitle: (urgency: string, count: number) => `${urgency}（${count}）`,
  groupEmpty: '没有',
  showAll: (count: number) => `显示全部 ${count} 项`,
  showFewer: '收起',
  dueDays: (daysLeft: number) =>
    daysLeft < 0 ? `逾期 ${-daysLeft} 天` : daysLeft === 0 ? '今天到期' : `还有 ${daysLeft} 天`,
  badgeLabel: (count: number) => `${count} 项待办已逾期或今天到期`,

  figuresTitle: '今年概况',
  figuresLoading: '正在统计…',
  chartLoading: '正在绘图…',
  chartFailed: '图表未能绘出，数字见上方',
  open: '打开',

  organizationsCard: '社会组织',
  organizationsTotal: '在册组织',
  organizationsChart: '社会组织登记状态',
  unitOrganizations: '个',

  incubationCard: '孵化基地',
  residentInYear: '年内在孵',
  admitted: '今年入驻',
  graduated: '今年出壳',
  exited: '今年退驻',
  incubationChart: '入驻记录当前状态',
  unitStays: '家',
  unitRecords: '条',

  ventureCard: '公益创投',
  rounds: '本年度批次',
  pool: '资金池（万元）',
  funded: '拟资助项目',
  granted: '资助金额（万元）',
  ventureChart: '各批次资金池与资助金额（万元）',
  poolSeries: '资金池',
  grantedSeries: '资助金额',
  unpublished: '（未公示）',
  noRounds: '本年度还没有公益创投批次',
  unitItems: '个',

  contractsCard: '政府购买服务',
  signed: '今年签约合同',
  signedAmount: '合同金额（万元）',
  contractsChart: '购买服务项目当前状态',

  paymentsCard: '资金拨付',
  planned: '今年计划拨付（万元）',
  released: '今年已拨付（万元）',
  releasedShare: (percent: number) => `完成 ${percent}%`,
  paymentsChart: '各月计划与已拨付金额（万元）',
  plannedSeries: '计划',
  releasedSeries: '已拨付',
  month: (month: number) => `${month}月`,

  evaluationsCard: '评估',
  evaluationsTotal: '今年定稿评估',
  evaluationsChart: '今年定稿评估的等级分布（份）',
  incubationSeries: '孵化评估',
  projectSeries: '项目评估',
  unitCopies: '份',

  noticeTitle: (count: number) => `社联台：${count} 项待办已逾期`,
  noticeMore: (count: number) => `等共 ${count} 项，详见工作台`
} as const
