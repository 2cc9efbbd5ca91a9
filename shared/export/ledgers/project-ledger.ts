/**
 * 项目台账 with its payments, two sheets of one workbook:
 * - 项目: every project in use (both channels; archived ones left out) in 立项 order, with who
 *   carries it out, who bought it, its period and status, and its money — the amount, the
 *   配套资金, what has been paid, what is still to pay and what was decided to get back (the
 *   same paymentTotals the 结项报告 uses);
 * - 拨付明细: every tranche of those projects, project by project in the same order, with its
 *   condition, planned date and amount, status, payment date, paid amount and voucher.
 * Each sheet ends with a 合计 row of SUM formulas over its amount columns.
 */
import type { IsoDate } from '../../domain/dates'
import type { Organization } from '../../domain/organizations/organization'
import { paymentTotals, type Payment } from '../../domain/payments/payment'
import type { Project } from '../../domain/projects/project'
import { TRANCHE_GATE_LABELS, type VentureRound } from '../../domain/venture/round'
import { compareZh } from '../../text/collator'
import type { RawValue } from '../cell-values'
import type { SheetColumn, SheetModel } from '../sheet-model'
import { ledgerTitle, TOTAL_LABEL } from './ledger-text'

export interface ProjectLedgerInput {
  projects: readonly Project[]
  /** The tranches of any projects; those of archived or unknown projects are left out. */
  payments: readonly Payment[]
  /** The providers, for their names. */
  organizations: readonly Pick<Organization, 'id' | 'name'>[]
  /** The 公益创投 rounds, for their names. */
  rounds: readonly Pick<VentureRound, 'id' | 'name'>[]
  office: string
  today: IsoDate
}

const UNKNOWN_ORGANIZATION = '（组织记录缺失）'
const UNKNOWN_ROUND = '（批次记录缺失）'

const PROJECT_COLUMNS: SheetColumn[] = [
  { header: '序号', type: 'number' },
  { header: '项目名称', type: 'text' },
  { header: '渠道', type: 'text' },
  { header: '承接组织', type: 'text' },
  { header: '购买主体 / 创投批次', type: 'text' },
  { header: '类别', type: 'text' },
  { header: '立项日期', type: 'date' },
  { header: '服务开始日期', type: 'date' },
  { header: '服务结束日期', type: 'date' },
  { header: '状态', type: 'text' },
  { header: '资助 / 合同金额（元）', type: 'yuan' },
  { header: '配套资金（元）', type: 'yuan' },
  { header: '已拨付（元）', type: 'yuan' },
  { header: '尚未拨付（元）', type: 'yuan' },
  { header: '决定追回（元）', type: 'yuan' },
  { header: '结项 / 终止日期', type: 'date' }
]

const PAYMENT_COLUMNS: SheetColumn[] = [
  { header: '序号', type: 'number' },
  { header: '项目名称', type: 'text' },
  { header: '承接组织', type: 'text' },
  { header: '期次', type: 'number' },
  { header: '比例（%）', type: 'number' },
  { header: '拨付条件', type: 'text' },
  { header: '计划拨付日期', type: 'date' },
  { header: '计划金额（元）', type: 'yuan' },
  { header: '状态', type: 'text' },
  { header: '拨付日期', type: 'date' },
  { header: '已拨付金额（元）', type: 'yuan' },
  { header: '凭证号', type: 'text' },
  { header: '追回金额（元）', type: 'yuan' }
]

/** The 0-based columns of each sheet that its 合计 row sums. */
export const PROJECT_SUM_COLUMNS = [10, 11, 12, 13, 14]
export const PAYMENT_SUM_COLUMNS = [7, 10, 12]

/** `签约后`, or `中期评估合格后：提交中期报告` with the tranche's own condition. */
function conditionText(payment: Payment): string {
  const gate = TRANCHE_GATE_LABELS[payment.gate]
  return payment.condition ? `${gate}：${payment.condition}` : gate
}

export function projectLedger(input: ProjectLedgerInput): SheetModel[] {
  const organizations = new Map(input.organizations.map((row) => [row.id, row.name]))
  const rounds = new Map(input.rounds.map((row) => [row.id, row.name]))
  const projects = input.projects
    .filter((project) => project.archivedAt === null)
    .sort((a, b) => a.approvedOn.localeCompare(b.approvedOn) || compareZh(a.title, b.title))
  const paymentsOf = new Map<string, Payment[]>()
  for (const payment of input.payments) {
    if (payment.archivedAt !== null) continue
    paymentsOf.set(payment.projectId, [...(paymentsOf.get(payment.projectId) ?? []), payment])
  }
  const providerOf = (project: Project) =>
    organizations.get(project.organizationId) ?? UNKNOWN_ORGANIZATION
  const sourceOf = (project: Project) =>
    project.origin.kind === 'venture'
      ? (rounds.get(project.origin.roundId) ?? UNKNOWN_ROUND)
      : (project.purchase?.purchaser.name ?? null)

  const projectRows = projects.map((project, index): RawValue[] => {
    const totals = paymentTotals(paymentsOf.get(project.id) ?? [])
    return [
      index + 1,
      project.title,
      project.channel,
      providerOf(project),
      sourceOf(project),
      project.category,
      project.approvedOn,
      project.startOn,
      project.endOn,
      project.status,
      project.amountFen,
      project.matchingFen,
      totals.releasedFen,
      totals.outstandingFen,
      totals.recoveredFen,
      project.closedOn ?? project.terminatedOn
    ]
  })

  const paymentRows: RawValue[][] = []
  for (const project of projects) {
    const tranches = [...(paymentsOf.get(project.id) ?? [])].sort((a, b) => a.no - b.no)
    for (const payment of tranches) {
      paymentRows.push([
        paymentRows.length + 1,
        project.title,
        providerOf(project),
        payment.no,
        payment.percent,
        conditionText(payment),
        payment.dueOn,
        payment.amountFen,
        payment.status,
        payment.paidOn,
        payment.paidOn === null ? null : payment.amountFen,
        payment.voucherNo,
        payment.status === '追回' ? (payment.recovery?.amountFen ?? null) : null
      ])
    }
  }

  return [
    {
      name: '项目',
      title: ledgerTitle(input.office, '项目台账', input.today),
      columns: PROJECT_COLUMNS,
      rows: projectRows,
      totals: { label: TOTAL_LABEL, labelColumn: 1, sumColumns: PROJECT_SUM_COLUMNS }
    },
    {
      name: '拨付明细',
      title: ledgerTitle(input.office, '项目拨付明细', input.today),
      columns: PAYMENT_COLUMNS,
      rows: paymentRows,
      totals: { label: TOTAL_LABEL, labelColumn: 1, sumColumns: PAYMENT_SUM_COLUMNS }
    }
  ]
}
