/**
 * 结项报告 of a project, either channel: what was agreed, what was delivered against the 绩效目标表,
 * what was paid, how it was evaluated, what the 服务记录 add up to, and the conclusion. A project
 * closes only when its 末期 evaluation is 定稿 and no tranche is left open (PROJECT_WORKFLOW
 * `close`), so the report is final only for a 已结项 project; on any other it is a 草稿 to check
 * the figures before closing (or the record of a terminated one, which never closes).
 *
 * Every figure comes from the domain's own functions, the ones the project page shows: actuals
 * filled from the 服务记录 (fillActuals, activityTotals), achievement and targetVerdict, the
 * tranche totals (paymentTotals), the evaluations in force (currentEvaluations, deciding) and
 * the 双向评估 comparison.
 */
import { activityTotals, type Activity } from '../../domain/activities/activity'
import type { Community } from '../../domain/communities/community'
import {
  MUTUAL_SIDE_LABELS,
  mutualComparison,
  type MutualEvaluation
} from '../../domain/evaluations/mutual-evaluation'
import {
  currentEvaluations,
  deciding,
  satisfactionRate,
  type ProjectEvaluation
} from '../../domain/evaluations/project-evaluation'
import { formatYuan, yuanText, type Fen } from '../../domain/money'
import type { Organization } from '../../domain/organizations/organization'
import { paymentTotals, type Payment } from '../../domain/payments/payment'
import { leafIndicators, type IndicatorTarget } from '../../domain/performance/indicator'
import {
  achievement,
  depthFirst,
  fillActuals,
  formatTarget,
  indicatorPath
} from '../../domain/performance/indicator-tree'
import { targetVerdict, type TargetVerdict } from '../../domain/performance/target-verdict'
import type { Agreement } from '../../domain/projects/agreement'
import type { Project } from '../../domain/projects/project'
import { TRANCHE_GATE_LABELS } from '../../domain/venture/round'
import { REPORT_KINDS } from '../report-kinds'
import type { ReportBlock, ReportContext, ReportDocument, ReportField } from '../report-model'
import {
  amountText,
  BLANK_VALUE,
  dateText,
  evaluationKindText,
  percentText,
  periodText,
  phoneText,
  projectFunder,
  scoreText,
  signatureBlock
} from './report-text'

export interface ClosingReportInput {
  project: Project
  /** 承接组织. */
  organization: Pick<Organization, 'name' | 'contactName' | 'contactPhone'>
  /** The project's agreement in force; null before one is drafted. */
  agreement: Pick<Agreement, 'number' | 'partyA' | 'signedOn'> | null
  /** The communities the project serves, for their names. */
  communities: readonly Pick<Community, 'id' | 'name'>[]
  payments: readonly Payment[]
  activities: readonly Activity[]
  /** Every evaluation of the project, drafts and corrected versions included. */
  evaluations: readonly ProjectEvaluation[]
  mutualEvaluations: readonly MutualEvaluation[]
}

/** How one leaf of the 绩效目标表 stands. */
interface TargetRow {
  path: string
  target: IndicatorTarget | null
  actual: number | null
  rate: number | null
  verdict: TargetVerdict | null
}

export function buildClosingReport(
  input: ClosingReportInput,
  context: ReportContext
): ReportDocument {
  const { project, organization } = input
  const amountLabel = project.channel === '政府购买服务' ? '合同金额' : '资助金额'
  const targets = targetRows(input, context)
  const payments = input.payments
    .filter((payment) => payment.archivedAt === null)
    .sort((a, b) => a.no - b.no)
  const totals = paymentTotals(payments)
  const finalEvaluation = deciding(input.evaluations, '末期')

  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '一、项目概况' },
    { kind: 'paragraph', text: overviewText(input, amountLabel) },
    { kind: 'fields', fields: overviewFields(input, amountLabel) },
    { kind: 'heading', level: 1, text: '二、绩效目标完成情况' },
    ...targetBlocks(targets),
    { kind: 'heading', level: 1, text: '三、资金拨付情况' },
    ...paymentBlocks(payments, totals, project.amountFen, amountLabel),
    { kind: 'heading', level: 1, text: '四、评估情况' },
    ...evaluationBlocks(input, finalEvaluation),
    { kind: 'heading', level: 1, text: '五、活动与服务' },
    { kind: 'paragraph', text: activityText(input.activities) },
    { kind: 'heading', level: 1, text: '六、结论' },
    { kind: 'paragraph', text: conclusion(project, targets, finalEvaluation, payments, totals) },
    signatureBlock(
      [
        { label: '经办人', value: context.operator },
        { label: '审核人', value: '' }
      ],
      context
    )
  ]

  return {
    meta: {
      title: REPORT_KINDS.closingReport.label,
      subtitle: project.title,
      number: context.number,
      date: context.date,
      office: context.office,
      subject: `${organization.name}承接的“${project.title}”结项报告`,
      keywords: ['结项报告', project.channel, project.title],
      draft: project.status !== '已结项'
    },
    parties: parties(input, context),
    blocks
  }
}

/**
 * 购买方 or 资助方 and 承接方, and the provider's contact, the one person a reader of the report
 * calls: the phone is masked unless the export was confirmed to show it.
 */
function parties(input: ClosingReportInput, context: ReportContext): ReportField[] {
  const { project, organization, agreement } = input
  const { contactName, contactPhone } = organization
  const phone = contactPhone && phoneText(contactPhone, context.revealPersonalData)
  return [
    projectFunder(project, agreement, context.office.trim()),
    { label: '承接方', value: organization.name },
    ...(contactName
      ? [{ label: '联系人', value: phone ? `${contactName}（${phone}）` : contactName }]
      : [])
  ]
}

function overviewText(input: ClosingReportInput, amountLabel: string): string {
  const { project, organization } = input
  const source = project.purchase
    ? `由${project.purchase.purchaser.name}以${project.purchase.procurement.method}方式向其购买`
    : `为公益创投资助项目，于${dateText(project.approvedOn)}立项`
  return (
    `“${project.title}”由${organization.name}承接，${source}，` +
    `${amountLabel} ${amountText(project.amountFen)}，` +
    (project.startOn && project.endOn
      ? `服务期限为${periodText(project.startOn, project.endOn)}。`
      : '服务期限尚未确定。')
  )
}

function overviewFields(input: ClosingReportInput, amountLabel: string): ReportField[] {
  const { project, organization, agreement } = input
  const names = new Map(input.communities.map((community) => [community.id, community.name]))
  const served = project.communityIds.flatMap((id) => {
    const name = names.get(id)
    return name ? [name] : []
  })
  const ended: ReportField[] =
    project.status === '已结项' && project.closedOn
      ? [{ label: '结项日期', value: dateText(project.closedOn) }]
      : project.status === '已终止' && project.terminatedOn
        ? [{ label: '终止日期', value: dateText(project.terminatedOn) }]
        : []
  return [
    { label: '项目名称', value: project.title },
    { label: '项目来源', value: project.channel },
    { label: '服务类别', value: project.category || BLANK_VALUE },
    { label: '承接组织', value: organization.name },
    { label: '服务社区', value: served.length > 0 ? served.join('、') : BLANK_VALUE },
    { label: '协议编号', value: agreement?.number ?? BLANK_VALUE },
    { label: '立项日期', value: dateText(project.approvedOn) },
    { label: '服务期限', value: periodText(project.startOn, project.endOn) },
    { label: amountLabel, value: yuanText(project.amountFen) },
    ...(project.matchingFen > 0
      ? [{ label: '配套资金', value: yuanText(project.matchingFen) }]
      : []),
    { label: '项目状态', value: project.status },
    ...ended
  ]
}

/**
 * The leaves of the 绩效目标表 in the order the project page lists them, with the actuals the
 * 服务记录 fill in, and each judged on the report's date the way the page judges it today.
 */
function targetRows(input: ClosingReportInput, context: ReportContext): TargetRow[] {
  const { project } = input
  const filled = fillActuals(project.indicators, activityTotals(input.activities))
  const leaves = new Set(leafIndicators(filled))
  return depthFirst(filled)
    .filter((node) => leaves.has(node))
    .map((node) => {
      const { rate, met } = achievement(node)
      return {
        path: indicatorPath(filled, node.key),
        target: node.target,
        actual: node.actual,
        rate,
        verdict: targetVerdict(met, project, context.date)
      }
    })
}

/**
 * A completion rate in whole percent, rounded down: 599 of 600 is 99%, never a rounded-up 100%
 * beside 未达成.
 */
function rateText(rate: number | null): string {
  return rate === null ? BLANK_VALUE : `${Math.floor(rate)}%`
}

function targetBlocks(rows: readonly TargetRow[]): ReportBlock[] {
  if (rows.length === 0) return [{ kind: 'paragraph', text: '本项目未设绩效目标表。' }]
  const count = (verdict: TargetVerdict | null) =>
    rows.filter((row) => row.verdict === verdict).length
  const parts = [
    `已达成 ${count('达成')} 项`,
    `未达成 ${count('未达成')} 项`,
    ...(count('进行中') > 0 ? [`进行中 ${count('进行中')} 项`] : []),
    ...(count(null) > 0 ? [`尚无指标值或实际值 ${count(null)} 项`] : [])
  ]
  return [
    {
      kind: 'paragraph',
      text:
        `绩效目标表共 ${rows.length} 项末级指标，${parts.join('，')}。` +
        '取自服务记录的指标按服务记录合计填写实际值。'
    },
    {
      kind: 'table',
      caption: '绩效目标完成情况',
      columns: [
        { header: '序号', widthChars: 3, align: 'center' },
        { header: '指标' },
        { header: '指标值', widthChars: 7 },
        { header: '实际值', widthChars: 5, align: 'right' },
        { header: '完成率', widthChars: 4, align: 'right' },
        { header: '结论', widthChars: 4, align: 'center' }
      ],
      rows: rows.map((row, index) => [
        String(index + 1),
        row.path,
        row.target ? formatTarget(row.target) : BLANK_VALUE,
        row.actual === null ? BLANK_VALUE : String(row.actual),
        rateText(row.rate),
        row.verdict ?? BLANK_VALUE
      ])
    }
  ]
}

function paymentBlocks(
  payments: readonly Payment[],
  totals: ReturnType<typeof paymentTotals>,
  amountFen: Fen,
  amountLabel: string
): ReportBlock[] {
  if (payments.length === 0) return [{ kind: 'paragraph', text: '本项目尚无拨付记录。' }]
  const closed = [
    ...(totals.recoveredFen > 0 ? [`已决定追回 ${yuanText(totals.recoveredFen)}`] : []),
    ...(totals.withheldFen > 0 ? [`停止拨付 ${yuanText(totals.withheldFen)}`] : [])
  ]
  return [
    {
      kind: 'paragraph',
      text:
        `项目${amountLabel} ${yuanText(amountFen)}，分 ${payments.length} 期拨付，` +
        `已拨付 ${yuanText(totals.releasedFen)}` +
        (totals.outstandingFen > 0 ? `，尚未拨付 ${yuanText(totals.outstandingFen)}` : '') +
        (closed.length > 0 ? `；${closed.join('，')}` : '') +
        '。'
    },
    {
      kind: 'table',
      caption: '资金拨付情况',
      columns: [
        { header: '期次', widthChars: 4, align: 'center' },
        { header: '比例', widthChars: 3, align: 'right' },
        { header: '拨付条件' },
        { header: '金额（元）', widthChars: 6, align: 'right' },
        { header: '状态', widthChars: 4, align: 'center' },
        { header: '拨付日期', widthChars: 6, align: 'center' }
      ],
      rows: payments.map((payment) => [
        `第 ${payment.no} 期`,
        `${payment.percent}%`,
        payment.condition
          ? `${TRANCHE_GATE_LABELS[payment.gate]}，${payment.condition}`
          : TRANCHE_GATE_LABELS[payment.gate],
        formatYuan(payment.amountFen),
        payment.status,
        payment.paidOn ?? BLANK_VALUE
      ]),
      foot: [
        [
          '合计',
          `${payments.reduce((sum, payment) => sum + payment.percent, 0)}%`,
          '',
          formatYuan(totals.plannedFen),
          '',
          ''
        ]
      ]
    }
  ]
}

function evaluationBlocks(
  input: ClosingReportInput,
  finalEvaluation: ProjectEvaluation | null
): ReportBlock[] {
  const current = currentEvaluations(input.evaluations).filter(
    (evaluation) => evaluation.archivedAt === null
  )
  const blocks: ReportBlock[] = []
  if (current.length === 0) {
    blocks.push({ kind: 'paragraph', text: '本项目尚无定稿的评估。' })
  } else {
    blocks.push({
      kind: 'paragraph',
      text: `本项目现行有效的定稿评估 ${current.length} 份（更正后的以更正版本为准）。`
    })
    blocks.push({
      kind: 'table',
      caption: '项目评估',
      columns: [
        { header: '评估类型', widthChars: 5, align: 'center' },
        { header: '评估方式', widthChars: 5, align: 'center' },
        { header: '评估人' },
        { header: '评估日期', widthChars: 6, align: 'center' },
        { header: '总分', widthChars: 4, align: 'right' },
        { header: '等级', widthChars: 4, align: 'center' }
      ],
      rows: current.map((evaluation) => [
        evaluationKindText(evaluation),
        evaluation.mode,
        evaluation.evaluators || BLANK_VALUE,
        evaluation.evaluatedOn,
        scoreText(evaluation.total),
        evaluation.grade ?? BLANK_VALUE
      ])
    })
  }
  if (finalEvaluation) {
    const rate = satisfactionRate(finalEvaluation.survey)
    const parts = [
      `末期评估（${finalEvaluation.mode}）总分 ${scoreText(finalEvaluation.total)} 分，` +
        `等级为${finalEvaluation.grade}。`,
      ...(rate === null
        ? []
        : [
            `服务对象满意度调查 ${finalEvaluation.survey!.surveyed} 人，` +
              `满意率 ${percentText(rate)}。`
          ]),
      ...(finalEvaluation.findings ? [`评估发现：${finalEvaluation.findings}`] : []),
      ...(finalEvaluation.recommendations ? [`改进建议：${finalEvaluation.recommendations}`] : [])
    ]
    blocks.push({ kind: 'paragraph', text: parts.join('') })
  }
  const mutual = input.mutualEvaluations.filter(
    (evaluation) => evaluation.archivedAt === null && evaluation.status === '定稿'
  )
  for (const evaluation of mutual) {
    const { totals } = mutualComparison(evaluation)
    blocks.push({
      kind: 'paragraph',
      text:
        `${evaluation.periodLabel}双向评估：${MUTUAL_SIDE_LABELS.purchaser}履约得分 ` +
        `${scoreText(totals.purchaser.other)} 分（${MUTUAL_SIDE_LABELS.provider}评价），` +
        `${MUTUAL_SIDE_LABELS.provider}履约得分 ${scoreText(totals.provider.other)} 分` +
        `（${MUTUAL_SIDE_LABELS.purchaser}评价）。`
    })
  }
  return blocks
}

function activityText(activities: readonly Activity[]): string {
  const totals = activityTotals(activities)
  if (totals.sessions === 0) return '本项目尚无服务记录。'
  const dates = activities
    .filter((activity) => activity.archivedAt === null)
    .map((activity) => activity.date)
    .sort()
  return (
    `${periodText(dates[0]!, dates.at(-1)!)}，` +
    `项目共开展活动 ${totals.sessions} 场，服务 ${totals.participants} 人次，` +
    `志愿者参与 ${totals.volunteers} 人次，志愿服务时长 ${totals.volunteerHours} 小时，` +
    `覆盖社区 ${totals.communities} 个。`
  )
}

/** 六、结论: where the project stands, its 末期 verdict, the targets met and the money left. */
function conclusion(
  project: Project,
  targets: readonly TargetRow[],
  finalEvaluation: ProjectEvaluation | null,
  payments: readonly Payment[],
  totals: ReturnType<typeof paymentTotals>
): string {
  const status =
    project.status === '已结项' && project.closedOn
      ? `本项目已于${dateText(project.closedOn)}结项。`
      : project.status === '已终止' && project.terminatedOn
        ? `本项目已于${dateText(project.terminatedOn)}终止，终止理由：${project.terminationReason ?? BLANK_VALUE}。`
        : `本项目目前为“${project.status}”，尚未结项，本报告仅供结项前核对。`
  const evaluation = finalEvaluation
    ? `末期评估等级为${finalEvaluation.grade}，评估${finalEvaluation.passed ? '合格' : '不合格'}。`
    : '尚无定稿的末期评估。'
  const met = targets.filter((row) => row.verdict === '达成').length
  const goals = targets.length > 0 ? `绩效目标 ${targets.length} 项中达成 ${met} 项。` : ''
  const money =
    payments.length > 0
      ? totals.outstandingFen > 0
        ? `尚有 ${yuanText(totals.outstandingFen)}未拨付。`
        : '各期拨付均已办结。'
      : ''
  return status + evaluation + goals + money
}
