/**
 * 年度工作汇总: one year of the office's work in figures — the incubation base, the 公益创投
 * rounds, the purchases signed, the money paid and the grades of the evaluations finalised —
 * for the office's year-end report to the district. It is a statistic, not a 定稿 record, so it
 * is never a draft; it says the date its figures were taken on instead.
 *
 * No filter by 街道: each copy of the app holds one office's records (one 单位名称, report
 * numbers counted per copy), and the only 街道 fields, an organisation's and a community's
 * address, say where they are, not whose work a project is — filtering on them would drop the
 * projects of providers registered elsewhere.
 *
 * A record counts in the year its event happened: a stay in the years it was at the base, a
 * 入驻 or 出壳 on its date, a round in its own year with the grants its published list gives
 * (publishedFigures), a purchase on its agreement's 签订日期, a tranche on its 拨付日期, an
 * evaluation on its 定稿 date (China time). Archived records were entered by mistake and never
 * count; a corrected evaluation counts once, as its correction.
 */
import type { IsoDate } from '../../domain/dates'
import { finalizedOn, type Evaluation } from '../../domain/evaluations/evaluation'
import { EVALUATION_GRADES, type EvaluationGrade } from '../../domain/evaluations/grade-bands'
import type { ProjectEvaluation } from '../../domain/evaluations/project-evaluation'
import type { Incubation } from '../../domain/incubation/incubation'
import { formatWanYuan, roundDiv, sumFen, type Fen } from '../../domain/money'
import type { Payment } from '../../domain/payments/payment'
import type { Agreement } from '../../domain/projects/agreement'
import type { Project, ProjectChannel } from '../../domain/projects/project'
import type { Application } from '../../domain/venture/application'
import { publishedFigures } from '../../domain/venture/results'
import type { VentureRound } from '../../domain/venture/round'
import { REPORT_KINDS } from '../report-kinds'
import type { ReportBlock, ReportContext, ReportDocument } from '../report-model'
import { BLANK_VALUE, dateText, signatureBlock } from './report-text'

export interface AnnualSummaryReportInput {
  year: number
  incubations: readonly Pick<
    Incubation,
    'organizationId' | 'status' | 'admittedOn' | 'endedOn' | 'archivedAt'
  >[]
  rounds: readonly Pick<
    VentureRound,
    'id' | 'year' | 'fundPoolFen' | 'tracks' | 'publicity' | 'archivedAt'
  >[]
  /** The applications of `rounds`, for their published awards. */
  applications: readonly Pick<Application, 'roundId' | 'track' | 'award' | 'archivedAt'>[]
  projects: readonly Pick<Project, 'id' | 'channel' | 'archivedAt'>[]
  agreements: readonly Pick<
    Agreement,
    'projectId' | 'status' | 'signedOn' | 'amountFen' | 'archivedAt'
  >[]
  payments: readonly Pick<Payment, 'projectId' | 'amountFen' | 'paidOn' | 'archivedAt'>[]
  /** Incubation evaluations (入驻 / 中期 / 出壳). */
  evaluations: readonly Pick<Evaluation, 'status' | 'grade' | 'finalizedAt' | 'archivedAt'>[]
  projectEvaluations: readonly Pick<
    ProjectEvaluation,
    'status' | 'grade' | 'finalizedAt' | 'supersededById' | 'archivedAt'
  >[]
}

const MONTHS = Array.from({ length: 12 }, (_, index) => index + 1)

/** 万元 as a chart value: whole 分 rounded half up to two decimals of 万元, like formatWanYuan. */
function wanValue(fen: Fen): number {
  return roundDiv(fen, 10_000) / 100
}

/** `15.53`: every amount of the summary is in 万元 to two decimals, as its opening says. */
function wanText(fen: Fen): string {
  return formatWanYuan(fen, 2)
}

export function buildAnnualSummaryReport(
  input: AnnualSummaryReportInput,
  context: ReportContext
): ReportDocument {
  const { year } = input
  const within = (date: IsoDate | null): date is IsoDate =>
    date !== null && date.slice(0, 4) === String(year)
  const office = context.office.trim()

  // 孵化
  const stays = input.incubations.filter((stay) => stay.archivedAt === null)
  const resident = new Set(
    stays
      .filter(
        (stay) =>
          stay.admittedOn !== null &&
          stay.admittedOn <= `${year}-12-31` &&
          (stay.endedOn === null || stay.endedOn >= `${year}-01-01`)
      )
      .map((stay) => stay.organizationId)
  ).size
  const admitted = stays.filter((stay) => within(stay.admittedOn)).length
  const graduated = stays.filter((stay) => stay.status === '出壳' && within(stay.endedOn)).length
  const left = stays.filter((stay) => stay.status === '退驻' && within(stay.endedOn)).length

  // 公益创投
  const rounds = input.rounds.filter((round) => round.archivedAt === null && round.year === year)
  const figures = rounds.map((round) =>
    publishedFigures(
      input.applications.filter((application) => application.roundId === round.id),
      round.tracks
    )
  )
  const poolFen = sumFen(rounds.map((round) => round.fundPoolFen))
  const fundedCount = figures.reduce((sum, figure) => sum + figure.fundedCount, 0)
  const grantedFen = sumFen(figures.map((figure) => figure.grantedFen))
  const unpublished = rounds.filter((round) => round.publicity === null).length

  // 政府购买服务
  const channelOf = new Map(
    input.projects
      .filter((project) => project.archivedAt === null)
      .map((project) => [project.id, project.channel])
  )
  const signed = input.agreements.filter(
    (agreement) =>
      agreement.archivedAt === null &&
      agreement.status === '已签订' &&
      within(agreement.signedOn) &&
      channelOf.get(agreement.projectId) === '政府购买服务'
  )
  const signedFen = sumFen(signed.map((agreement) => agreement.amountFen))

  // 拨付
  const paid = input.payments.filter(
    (payment) =>
      payment.archivedAt === null && within(payment.paidOn) && channelOf.has(payment.projectId)
  )
  const paidFen = sumFen(paid.map((payment) => payment.amountFen))
  const paidIn = (channel: ProjectChannel) =>
    sumFen(
      paid
        .filter((payment) => channelOf.get(payment.projectId) === channel)
        .map((payment) => payment.amountFen)
    )

  // 评估
  const finalised = <T extends { status: string; finalizedAt: string | null }>(
    rows: readonly T[]
  ) =>
    rows.filter(
      (row) =>
        row.status === '定稿' && row.finalizedAt !== null && within(finalizedOn(row.finalizedAt))
    )
  const incubationGrades = gradeCounts(
    finalised(input.evaluations.filter((row) => row.archivedAt === null))
  )
  const projectGrades = gradeCounts(
    finalised(
      input.projectEvaluations.filter(
        (row) => row.archivedAt === null && row.supersededById === null
      )
    )
  )

  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '一、总体情况' },
    {
      kind: 'paragraph',
      text:
        `本汇总统计${office || '本单位'}${year}年度社会组织孵化、公益创投、政府购买服务、` +
        `资金拨付和评估情况，统计截至${dateText(context.date)}。金额单位为万元，保留两位小数。`
    },
    {
      kind: 'table',
      caption: '主要数据',
      columns: [
        { header: '序号', widthChars: 3, align: 'center' },
        { header: '项目' },
        { header: '数量', widthChars: 5, align: 'right' },
        { header: '金额（万元）', widthChars: 6, align: 'right' }
      ],
      rows: [
        ['1', '年内在孵社会组织', `${resident} 家`, BLANK_VALUE],
        ['2', '新入驻社会组织', `${admitted} 家`, BLANK_VALUE],
        ['3', '出壳社会组织', `${graduated} 家`, BLANK_VALUE],
        ['4', '公益创投批次（资金池）', `${rounds.length} 个`, wanText(poolFen)],
        ['5', '公益创投拟资助项目', `${fundedCount} 个`, wanText(grantedFen)],
        ['6', '政府购买服务签约项目', `${signed.length} 个`, wanText(signedFen)],
        ['7', '拨付资金', `${paid.length} 笔`, wanText(paidFen)]
      ]
    },
    { kind: 'heading', level: 1, text: '二、社会组织孵化' },
    {
      kind: 'paragraph',
      text:
        `年内在孵社会组织 ${resident} 家，其中新入驻 ${admitted} 家；` +
        `出壳 ${graduated} 家，退驻 ${left} 家。`
    },
    { kind: 'heading', level: 1, text: '三、公益创投' },
    {
      kind: 'paragraph',
      text:
        rounds.length === 0
          ? `${year}年度没有公益创投批次。`
          : `${year}年度公益创投批次 ${rounds.length} 个，资金池合计 ${wanText(poolFen)} 万元；` +
            `已公示拟资助项目 ${fundedCount} 个，资助金额合计 ${wanText(grantedFen)} 万元` +
            (unpublished > 0 ? `，另有 ${unpublished} 个批次的评审结果尚未公示` : '') +
            '。'
    },
    { kind: 'heading', level: 1, text: '四、政府购买服务' },
    {
      kind: 'paragraph',
      text:
        signed.length === 0
          ? `${year}年度没有签订政府购买服务合同。`
          : `${year}年度签订政府购买服务合同 ${signed.length} 份，合同金额合计 ${wanText(signedFen)} 万元。`
    },
    { kind: 'heading', level: 1, text: '五、资金拨付' },
    ...paymentBlocks(year, paid, paidFen, paidIn('公益创投'), paidIn('政府购买服务')),
    { kind: 'heading', level: 1, text: '六、评估等级分布' },
    ...gradeBlocks(year, incubationGrades, projectGrades),
    signatureBlock(
      [
        { label: '填报人', value: context.operator },
        { label: '审核人', value: '' }
      ],
      context
    )
  ]

  return {
    meta: {
      title: REPORT_KINDS.annualSummary.label,
      subtitle: `${year}年度`,
      number: context.number,
      date: context.date,
      office: context.office,
      subject: `${office}${year}年度工作汇总`,
      keywords: ['年度工作汇总', `${year}年度`, '社会组织孵化', '公益创投', '政府购买服务'],
      draft: false
    },
    parties: office ? [{ label: '填报单位', value: office }] : [],
    blocks
  }
}

function gradeCounts(rows: readonly { grade: EvaluationGrade | null }[]) {
  return EVALUATION_GRADES.map((grade) => rows.filter((row) => row.grade === grade).length)
}

function paymentBlocks(
  year: number,
  paid: readonly Pick<Payment, 'amountFen' | 'paidOn'>[],
  paidFen: Fen,
  ventureFen: Fen,
  purchaseFen: Fen
): ReportBlock[] {
  if (paid.length === 0) return [{ kind: 'paragraph', text: `${year}年度尚无拨付记录。` }]
  const byMonth = MONTHS.map((month) =>
    sumFen(
      paid
        .filter((payment) => Number(payment.paidOn!.slice(5, 7)) === month)
        .map((payment) => payment.amountFen)
    )
  )
  return [
    {
      kind: 'paragraph',
      text:
        `${year}年度拨付资金 ${paid.length} 笔，合计 ${wanText(paidFen)} 万元，` +
        `其中公益创投项目 ${wanText(ventureFen)} 万元，` +
        `政府购买服务项目 ${wanText(purchaseFen)} 万元。各月拨付金额见下图。`
    },
    {
      kind: 'bar-chart',
      caption: `${year}年度各月拨付金额`,
      unit: '万元',
      bars: byMonth.map((fen, index) => ({ label: `${index + 1}月`, value: wanValue(fen) }))
    }
  ]
}

function gradeBlocks(
  year: number,
  incubation: readonly number[],
  project: readonly number[]
): ReportBlock[] {
  const totals = EVALUATION_GRADES.map((_, index) => incubation[index]! + project[index]!)
  const all = totals.reduce((sum, count) => sum + count, 0)
  if (all === 0) return [{ kind: 'paragraph', text: `${year}年度没有定稿的评估。` }]
  const sum = (counts: readonly number[]) => counts.reduce((total, count) => total + count, 0)
  const row = (label: string, counts: readonly number[]) => [
    label,
    ...counts.map(String),
    String(sum(counts))
  ]
  const shares = EVALUATION_GRADES.map(
    (grade, index) => `${grade} ${totals[index]} 份（${roundDiv(totals[index]! * 100, all)}%）`
  )
  return [
    {
      kind: 'paragraph',
      text: `${year}年度定稿的评估共 ${all} 份，其中${shares.join('，')}。`
    },
    {
      kind: 'table',
      caption: '评估等级分布',
      columns: [
        { header: '评估类别' },
        ...EVALUATION_GRADES.map((grade) => ({
          header: grade,
          widthChars: 4,
          align: 'right' as const
        })),
        { header: '合计', widthChars: 4, align: 'right' }
      ],
      rows: [row('孵化评估', incubation), row('项目评估', project)],
      foot: [row('合计', totals)]
    },
    {
      kind: 'bar-chart',
      caption: `${year}年度评估等级分布`,
      unit: '份',
      bars: EVALUATION_GRADES.map((grade, index) => ({ label: grade, value: totals[index]! }))
    }
  ]
}
