/** UI text of a project's 拨付 tab: totals, what waits for the office, the tranches and their steps. */
import type { ApprovalStep, PaymentAction, PaymentStatus } from '@shared/domain/payments/payment'

export const PAYMENT_STRINGS = {
  cancel: '取消',
  none: '—',

  summaryTitle: '拨付概况',
  plannedLabel: '计划',
  releasedLabel: '已拨付',
  recoveredLabel: '追回',
  outstandingLabel: '待拨付',
  withheld: (amount: string) => `停止拨付 ${amount}`,
  yuan: '元',

  alertsTitle: '待办',
  tranchesTitle: '各期拨付',
  tranchesLabel: '各期拨付列表',
  tranchesEmpty: '这个项目没有拨付记录。',

  beforeSigningTitle: '签约后生成拨付记录',
  beforeSigning:
    '项目尚未签约。签订协议时，按下面的拨付计划为每一期生成一条拨付记录；之后在这里逐期' +
    '转为可拨付、经办、审核、拨付。',
  planTitle: '拨付计划',
  planLabel: '拨付计划列表',

  trancheNo: (no: number) => `第 ${no} 期`,
  percent: (percent: number) => `${percent}%`,
  held: (reason: string) => `暂缓原因：${reason}`,
  paid: (paidOn: string, voucherNo: string | null) =>
    voucherNo ? `${paidOn} 拨付，凭证号 ${voucherNo}` : `${paidOn} 拨付`,
  recovery: (amount: string, decidedOn: string, reason: string) =>
    `${decidedOn} 决定追回 ${amount}：${reason}`,
  stopped: (decidedOn: string, reason: string) => `${decidedOn} 决定停止拨付：${reason}`,
  approvalLine: (step: ApprovalStep, by: string, on: string) => `${step} ${by} ${on}`,

  stepDone: (label: string) => `已${label}`,
  confirmPayTitle: (no: number) => `确认拨付第 ${no} 期？`,
  confirmPay: (amount: string, paidOn: string) =>
    `将登记 ${paidOn} 拨付 ${amount}。拨付后这一期不能再暂缓或撤回，只能作追回决定。`,
  confirmRecoverTitle: (no: number) => `确认第 ${no} 期的追回决定？`,
  confirmRecover: (amount: string) =>
    `追回 ${amount}。追回决定登记后这一期即结案，不能撤销，也不能再拨付。`,
  confirmStop: '这一期尚未拨付，将停止拨付并结案。登记后不能撤销，也不能再拨付。',
  releaseReason: (reason: string) => `拨付条件：${reason}`,
  recoverHeldHint: '这一期尚未拨付，没有可追回的款项：追回金额为 0，表示停止拨付。',
  recoverPaidHint: (amount: string) => `这一期已拨付 ${amount}，追回金额不超过此数。`,
  amountPlaceholder: '例如 20000 或 2万'
}

export const PAYMENT_LABELS = {
  no: '期次',
  percent: '比例',
  amount: '金额（元）',
  condition: '条件',
  dueOn: '计划日期',
  status: '状态',
  chain: '经办 / 审核 / 拨付',
  actions: '操作'
}

/** The label of each input a step asks for; 意见 and 理由 are worded per step. */
export const STEP_FIELD_LABELS: Readonly<Record<PaymentAction, Readonly<Record<string, string>>>> =
  {
    release: {},
    handle: { note: '经办意见' },
    approve: { note: '审核意见' },
    pay: { paidOn: '拨付日期', voucherNo: '凭证号', note: '备注' },
    hold: { reason: '暂缓原因' },
    resume: { reason: '恢复理由' },
    recover: { decidedOn: '决定日期', amountFen: '追回金额（元）', reason: '追回决定理由' }
  }

export const PAYMENT_STATUS_COLORS: Readonly<Record<PaymentStatus, string>> = {
  计划: 'default',
  可拨付: 'blue',
  已审核: 'cyan',
  已拨付: 'green',
  暂缓: 'orange',
  追回: 'red'
}

/** Chinese names of a tranche's fields, for the 操作日志 (amounts are shown with 元). */
export const PAYMENT_FIELD_LABELS: Readonly<Record<string, string>> = {
  no: PAYMENT_LABELS.no,
  percent: PAYMENT_LABELS.percent,
  amountFen: '金额',
  gate: '拨付条件',
  condition: '条件说明',
  dueOn: PAYMENT_LABELS.dueOn,
  status: PAYMENT_LABELS.status,
  approvals: PAYMENT_LABELS.chain,
  paidOn: '拨付日期',
  voucherNo: '凭证号',
  holdReason: '暂缓原因',
  recovery: '追回决定',
  archivedAt: '归档'
}
