/**
 * 双向评估报告: for one contract period, the purchaser's and the provider's sheets side by side —
 * every obligation of both parties with the score each sheet gave it, the gap between the
 * obligated side's own view and the other side's, the obligations the two see very differently
 * flagged, and each side's totals. Both parties sign it; the office seals it.
 *
 * A side's official score is the other side's total of its obligations (mutualComparison); its
 * own view is printed beside it for comparison, never as the verdict.
 */
import {
  MUTUAL_GAP_FLAG_PERCENT,
  MUTUAL_SIDE_LABELS,
  MUTUAL_SIDES,
  mutualComparison,
  otherSide,
  type MutualComparisonRow,
  type MutualEvaluation,
  type MutualSide
} from '../../domain/evaluations/mutual-evaluation'
import type { Agreement } from '../../domain/projects/agreement'
import type { Organization } from '../../domain/organizations/organization'
import type { Project } from '../../domain/projects/project'
import type { ReportBlock, ReportContext, ReportDocument, ReportField } from '../report-model'
import {
  asSentence,
  BLANK_VALUE,
  contactFields,
  instantDateText,
  periodText,
  projectFields,
  projectFunder,
  scoreText,
  sectionHeadings,
  signatureBlock
} from './report-text'

export interface MutualEvaluationReportInput {
  evaluation: MutualEvaluation
  project: Project
  /** The provider (承接方). */
  organization: Organization
  /** The project's live agreement; null before one is drafted. */
  agreement: Agreement | null
  /** The 公益创投 round's name; null for a purchase or a round no longer on record. */
  roundName: string | null
}

const TITLE = '双向评估报告'

export function buildMutualEvaluationReport(
  input: MutualEvaluationReportInput,
  context: ReportContext
): ReportDocument {
  const { evaluation, project, organization, agreement } = input
  const comparison = mutualComparison(evaluation)
  const headings = sectionHeadings()
  const sheetOf = (side: MutualSide) => evaluation.sheets.find((sheet) => sheet.side === side)!
  const purchaserName = projectFunder(project, agreement, context.office).value
  const comments = commentsBySheet(evaluation)

  const blocks: ReportBlock[] = [
    headings.section('基本情况'),
    {
      kind: 'fields',
      fields: [
        ...projectFields(input, context.office),
        ...contactFields(organization, context.revealPersonalData, '承接机构'),
        { label: '评估期间', value: periodLabel(evaluation) }
      ]
    },
    headings.section('评估方式'),
    {
      kind: 'paragraph',
      text:
        `本次双向评估由${MUTUAL_SIDE_LABELS.purchaser}和${MUTUAL_SIDE_LABELS.provider}各填写一张评价表，` +
        '为本方的义务自评、为对方的义务他评。各方的履约得分以对方的评分为准，自评仅作对照。'
    },
    {
      kind: 'fields',
      fields: MUTUAL_SIDES.flatMap((side): ReportField[] => {
        const sheet = sheetOf(side)
        const label = MUTUAL_SIDE_LABELS[side]
        return [
          { label: `${label}评价人`, value: sheet.rater.trim() || BLANK_VALUE },
          {
            label: `${label}提交日期`,
            value: sheet.submittedAt ? instantDateText(sheet.submittedAt) : '尚未提交'
          }
        ]
      })
    },
    headings.section('双方评分对照'),
    comparisonTable(comparison),
    {
      kind: 'paragraph',
      text: `注：差异为责任方自评减去对方评分；相差达到该项分值 ${MUTUAL_GAP_FLAG_PERCENT}% 的，标注“差距较大”。`
    },
    ...gapParagraph(comparison.rows),
    headings.section('评估结论'),
    ...conclusion(evaluation, comparison),
    ...(comments.length > 0
      ? [
          headings.section('评价说明'),
          ...comments.flatMap(({ side, lines }) => [
            headings.subsection(`${MUTUAL_SIDE_LABELS[side]}的说明`),
            ...lines.map((text): ReportBlock => ({ kind: 'paragraph', text }))
          ])
        ]
      : []),
    signatureBlock(
      [
        { label: `${MUTUAL_SIDE_LABELS.purchaser}代表`, value: sheetOf('purchaser').rater.trim() },
        { label: `${MUTUAL_SIDE_LABELS.provider}代表`, value: sheetOf('provider').rater.trim() }
      ],
      context
    )
  ]

  return {
    meta: {
      title: TITLE,
      subtitle: `${project.title}（${evaluation.periodLabel}）`,
      number: context.number,
      date: context.date,
      office: context.office,
      subject: `${project.title}${evaluation.periodLabel}${TITLE}（${purchaserName}、${organization.name}）`,
      keywords: ['双向评估', evaluation.periodLabel, project.title, organization.name],
      draft: evaluation.status !== '定稿'
    },
    parties: [
      { label: MUTUAL_SIDE_LABELS.purchaser, value: purchaserName },
      { label: MUTUAL_SIDE_LABELS.provider, value: organization.name },
      { label: '评估期间', value: periodLabel(evaluation) }
    ],
    blocks
  }
}

/** `2026年度（2026年1月1日至2026年12月31日）`. */
function periodLabel(evaluation: MutualEvaluation): string {
  return `${evaluation.periodLabel}（${periodText(evaluation.periodStart, evaluation.periodEnd)}）`
}

/** `+2.0`, `-6.0（差距较大）`: the obligated side's view minus the other's. */
function gapText(row: MutualComparisonRow): string {
  if (row.gap === null) return BLANK_VALUE
  const signed = `${row.gap > 0 ? '+' : ''}${scoreText(row.gap)}`
  return row.flagged ? `${signed}（差距较大）` : signed
}

/** The score a side's sheet gave the row's obligation: its own 自评 or its 他评 of the other. */
function scoreBy(row: MutualComparisonRow, rater: MutualSide): number | null {
  return row.side === rater ? row.self : row.other
}

function comparisonTable(comparison: ReturnType<typeof mutualComparison>): ReportBlock {
  const { rows, totals } = comparison
  return {
    kind: 'table',
    caption: '双方评分对照',
    columns: [
      { header: '序号', widthChars: 2, align: 'center' },
      { header: '评价事项' },
      { header: '责任方', widthChars: 4, align: 'center' },
      { header: '分值', widthChars: 3, align: 'right' },
      ...MUTUAL_SIDES.map((side) => ({
        header: `${MUTUAL_SIDE_LABELS[side]}评分`,
        widthChars: 4,
        align: 'right' as const
      })),
      { header: '差异', widthChars: 9, align: 'right' }
    ],
    rows: rows.map((row, index) => [
      String(index + 1),
      row.name,
      MUTUAL_SIDE_LABELS[row.side],
      String(row.maxScore),
      ...MUTUAL_SIDES.map((rater) => scoreText(scoreBy(row, rater))),
      gapText(row)
    ]),
    foot: MUTUAL_SIDES.map((side) => {
      const total = totals[side]
      return [
        '',
        `${MUTUAL_SIDE_LABELS[side]}义务合计`,
        MUTUAL_SIDE_LABELS[side],
        String(total.maxScore),
        ...MUTUAL_SIDES.map((rater) => scoreText(rater === side ? total.self : total.other)),
        ''
      ]
    })
  }
}

/** The obligations the two sides see very differently, for the meeting that usually follows. */
function gapParagraph(rows: readonly MutualComparisonRow[]): ReportBlock[] {
  const flagged = rows.filter((row) => row.flagged)
  if (flagged.length > 0) {
    const items = flagged.map((row) => {
      const own = MUTUAL_SIDE_LABELS[row.side]
      const other = MUTUAL_SIDE_LABELS[otherSide(row.side)]
      return `“${row.name}”（${own}自评 ${scoreText(row.self)} 分，${other}评 ${scoreText(row.other)} 分）`
    })
    return [
      {
        kind: 'paragraph',
        text: `双方评分差距较大的事项：${items.join('；')}。建议双方就上述事项沟通，查明原因、商定改进措施。`
      }
    ]
  }
  if (rows.some((row) => row.gap === null)) return []
  return [
    {
      kind: 'paragraph',
      text: `各评价事项双方评分的差距均在该项分值的 ${MUTUAL_GAP_FLAG_PERCENT}% 以内。`
    }
  ]
}

function conclusion(
  evaluation: MutualEvaluation,
  { totals }: ReturnType<typeof mutualComparison>
): ReportBlock[] {
  const paragraph = (text: string): ReportBlock => ({ kind: 'paragraph', text })
  const blocks = MUTUAL_SIDES.map((side) => {
    const label = MUTUAL_SIDE_LABELS[side]
    const other = MUTUAL_SIDE_LABELS[otherSide(side)]
    const total = totals[side]
    if (total.other === null) {
      return paragraph(`${other}对${label}义务的评分尚不完整，${label}履约得分暂缺。`)
    }
    const own = total.self === null ? '' : `，${label}自评 ${scoreText(total.self)} 分`
    return paragraph(
      `${label}履约得分 ${scoreText(total.other)} 分（满分 ${total.maxScore} 分，按${other}评分计${own}）。`
    )
  })
  const pending = evaluation.sheets.filter((sheet) => sheet.submittedAt === null)
  if (pending.length > 0) {
    blocks.push(
      paragraph(
        `${pending.map((sheet) => MUTUAL_SIDE_LABELS[sheet.side]).join('、')}的评价表尚未提交，以上评分以提交和定稿时为准。`
      )
    )
  }
  blocks.push(
    paragraph(
      evaluation.status === '定稿'
        ? `本次双向评估已由${evaluation.finalizedBy ?? BLANK_VALUE}于${instantDateText(evaluation.finalizedAt)}定稿。`
        : '本次双向评估尚未定稿。'
    )
  )
  return blocks
}

/** Per sheet that explained any score, its explanations: `“不摊派合同外行政任务”：…`. */
function commentsBySheet(evaluation: MutualEvaluation): { side: MutualSide; lines: string[] }[] {
  const names = new Map(evaluation.obligations.map((obligation) => [obligation.key, obligation]))
  return evaluation.sheets
    .map((sheet) => ({
      side: sheet.side,
      lines: sheet.scores
        .filter((row) => row.comment?.trim() && names.has(row.key))
        .map((row) => `“${names.get(row.key)!.name}”：${asSentence(row.comment!)}`)
    }))
    .filter(({ lines }) => lines.length > 0)
}
