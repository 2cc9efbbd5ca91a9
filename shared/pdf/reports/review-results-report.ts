/**
 * 评审结果 of a 公益创投 round: the ranked list with each application's score, what it asked for
 * and what it is to receive, the office signs before the list goes to 公示. While the round is
 * 评审中 the list is the one computed from the submitted sheets (results.ts roundResults) and the
 * report is a 草稿: adjustments and tie orders may still change it. 公示结果 turns it into each
 * application's stored award and ends the office's decisions on it (ROUND_WORK `decide` is 评审中
 * only), so from 公示中 on the report prints the awards — a grant withdrawn after an objection
 * shows as 撤销资助 — and is no longer a draft.
 */
import { formatYuan, roundDiv, sumFen, yuanText, type Fen } from '../../domain/money'
import type { Organization } from '../../domain/organizations/organization'
import type { Application } from '../../domain/venture/application'
import {
  inPublishedOrder,
  publishedFigures,
  publishedResult,
  revocationOf,
  type RoundResults
} from '../../domain/venture/results'
import { submittedTotal, type Review } from '../../domain/venture/review'
import type { Reviewer } from '../../domain/venture/reviewer'
import type { VentureRound } from '../../domain/venture/round'
import { roundContext } from '../../domain/venture/round-context'
import { AGGREGATION_LABELS } from '../../domain/venture/scoring'
import { REPORT_KINDS } from '../report-kinds'
import type { ReportBlock, ReportContext, ReportDocument } from '../report-model'
import {
  BLANK_VALUE,
  signatureBlock,
  UNKNOWN_APPLICATION,
  UNKNOWN_ORGANIZATION
} from './report-text'

export interface ReviewResultsReportInput {
  round: VentureRound
  /** The round's applications; archived ones are left out here. */
  applications: readonly Application[]
  /** The round's reviews: who scored, and how many valid submissions there were. */
  reviews: readonly Review[]
  /** The experts the reviews name. */
  reviewers: readonly Pick<Reviewer, 'id' | 'name'>[]
  /** The applicants, for their names. */
  organizations: readonly Pick<Organization, 'id' | 'name'>[]
  /** The results computed from the stored reviews (`VentureRoundsRepository.results`). */
  results: RoundResults
}

/** One line of the list, from the computed results or from the published awards. */
interface ListedRow {
  application: Application | undefined
  rank: number | null
  score: number | null
  requestedFen: Fen
  grantFen: Fen
  result: string
  /** How the round's rules decided the grant, as allocateFunding words it. */
  reason: string
}

export function buildReviewResultsReport(
  input: ReviewResultsReportInput,
  context: ReportContext
): ReportDocument {
  const { round, results } = input
  const applications = input.applications.filter((row) => row.archivedAt === null)
  const byId = new Map(applications.map((row) => [row.id, row]))
  const names = new Map(input.organizations.map((org) => [org.id, org.name]))
  const published = round.publicity !== null
  const rows = published ? publishedRows(applications, results) : computedRows(results, byId)
  const figures = published
    ? publishedFigures(applications, round.tracks)
    : {
        grantedFen: results.grantedFen,
        fundedCount: results.rows.filter((row) => row.status === '资助').length
      }
  // The round's guard context: how many applications were submitted, and, while in review, what
  // still stands in the way of 公示 (sheets missing as well as the results' own blockers).
  const counted = roundContext(round, applications, input.reviews, context.date)
  const office = context.office.trim()
  const titleOf = (id: string) => byId.get(id)?.title ?? UNKNOWN_APPLICATION
  const organizationOf = (application: Application | undefined) =>
    (application && names.get(application.organizationId)) ?? UNKNOWN_ORGANIZATION

  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 1, text: '一、评审概况' },
    ...overview(input, counted.submitted).map((text): ReportBlock => ({
      kind: 'paragraph',
      text
    })),
    { kind: 'heading', level: 1, text: '二、评审结果' }
  ]
  if (rows.length === 0) {
    blocks.push({ kind: 'paragraph', text: '本批次尚无进入评审的申报书，暂无评审结果。' })
  } else {
    blocks.push({
      kind: 'paragraph',
      text:
        `进入评审的 ${rows.length} 份申报书按得分排名如下。拟资助项目 ${figures.fundedCount} 个，` +
        `拟资助金额合计 ${yuanText(figures.grantedFen)}，占资金池的 ` +
        `${roundDiv(figures.grantedFen * 100, round.fundPoolFen)}%，` +
        `资金池剩余 ${yuanText(round.fundPoolFen - figures.grantedFen)}。`
    })
    blocks.push({
      kind: 'table',
      caption: '评审结果',
      columns: [
        { header: '排名', widthChars: 3, align: 'center' },
        { header: '申报机构' },
        { header: '项目名称' },
        {
          header: round.aggregation === 'mean' ? '平均分' : '最终得分',
          widthChars: 4,
          align: 'right'
        },
        { header: '申请金额（元）', widthChars: 6, align: 'right' },
        { header: '拟资助金额（元）', widthChars: 6, align: 'right' },
        { header: '结果', widthChars: 4, align: 'center' }
      ],
      rows: rows.map((row) => [
        row.rank === null ? BLANK_VALUE : String(row.rank),
        organizationOf(row.application),
        row.application?.title ?? UNKNOWN_APPLICATION,
        row.score === null ? '未评分' : scoreText(row.score),
        formatYuan(row.requestedFen),
        formatYuan(row.grantFen),
        row.result
      ]),
      foot: [
        [
          '',
          '合计',
          `资助 ${figures.fundedCount} 项`,
          '',
          formatYuan(sumFen(rows.map((row) => row.requestedFen))),
          formatYuan(figures.grantedFen),
          ''
        ]
      ]
    })
    if (counted.resultBlockers.length > 0) {
      blocks.push({
        kind: 'paragraph',
        text: `公示前尚需处理：${counted.resultBlockers.join('；')}。`
      })
    }
  }

  const notes = decisionNotes(round, rows, applications, titleOf, (id) =>
    organizationOf(byId.get(id))
  )
  if (notes.length > 0) {
    blocks.push({ kind: 'heading', level: 1, text: '三、需要说明的事项' })
    notes.forEach((text, index) =>
      blocks.push({ kind: 'paragraph', text: `${index + 1}. ${text}` })
    )
  }
  blocks.push(
    signatureBlock(
      [
        { label: '评审组组长', value: '' },
        { label: '经办人', value: context.operator },
        { label: '审核人', value: '' }
      ],
      context
    )
  )

  return {
    meta: {
      title: REPORT_KINDS.reviewResults.label,
      subtitle: round.name,
      number: context.number,
      date: context.date,
      office: context.office,
      subject: `${round.name}评审结果`,
      keywords: ['公益创投', '评审结果', round.name],
      draft: !published
    },
    parties: [
      ...(office ? [{ label: '主办单位', value: office }] : []),
      { label: '评审批次', value: round.name },
      { label: '批次状态', value: round.status }
    ],
    blocks
  }
}

/**
 * The application's score as the ranking compares it: aggregateScores gives hundredths, and two
 * applications a hundredth apart rank apart, so both decimals are printed.
 */
function scoreText(score: number): string {
  return score.toFixed(2)
}

function computedRows(results: RoundResults, byId: ReadonlyMap<string, Application>): ListedRow[] {
  return results.rows.map((row) => ({
    application: byId.get(row.applicationId),
    rank: row.rank,
    score: row.score,
    requestedFen: row.requestedFen,
    grantFen: row.grantFen,
    result: row.status,
    reason: row.reason
  }))
}

/** The published list: each application's stored award, in the published order. */
function publishedRows(applications: readonly Application[], results: RoundResults): ListedRow[] {
  return inPublishedOrder(applications, results).map((application) => ({
    application,
    rank: application.award.rank,
    score: application.award.score,
    requestedFen: application.requestedFen,
    grantFen: application.award.grantFen,
    result: publishedResult(application),
    reason: application.award.reason
  }))
}

/** The paragraphs of 一、评审概况: the round, the applications, the experts and the method. */
function overview(input: ReviewResultsReportInput, submitted: number): string[] {
  const { round, results } = input
  const trackNames = round.tracks.map((track) => track.name)
  const paragraphs = [
    `${round.name}资金池 ${yuanText(round.fundPoolFen)}，设${trackNames.join('、')} ` +
      `${trackNames.length} 个类别。本批次共收到有效申报书 ${submitted} 份，` +
      `经资格初审进入评审 ${results.rows.length} 份。`
  ]

  const scorers = new Set(
    input.reviews
      .filter(
        (review) => review.archivedAt === null && submittedTotal(review, round.criteria) !== null
      )
      .map((review) => review.reviewerId)
  )
  const experts = input.reviewers
    .filter((reviewer) => scorers.has(reviewer.id))
    .map((reviewer) => reviewer.name)
    .sort((a, b) => a.localeCompare(b, 'zh-CN'))
  const criteria = round.criteria.map((criterion) => `${criterion.name} ${criterion.weight} 分`)
  paragraphs.push(
    (experts.length > 0
      ? `评审专家 ${experts.length} 名（${experts.join('、')}）在声明无利益冲突后独立评分。`
      : '尚无评审专家提交评分。') + `评审项及满分为：${criteria.join('、')}，合计 100 分。`
  )

  const fallback = results.rows.filter(
    (row) => row.aggregate.used.length > 0 && row.aggregate.methodApplied !== round.aggregation
  ).length
  paragraphs.push(
    `各专家评分按“${AGGREGATION_LABELS[round.aggregation]}”汇总为项目得分` +
      (fallback > 0 ? `（其中 ${fallback} 份申报书有效评分不足 5 份，按平均分计算）` : '') +
      '，再按得分从高到低排名。'
  )
  return paragraphs
}

/**
 * Why a line differs from what the scores alone suggest, each with its reason: an application
 * passed over although one ranked below it is funded (the money left did not reach its request),
 * adjusted grants, tie orders and, once published, grants withdrawn after an objection.
 */
function decisionNotes(
  round: VentureRound,
  rows: readonly ListedRow[],
  applications: readonly Application[],
  titleOf: (id: string) => string,
  organizationOf: (id: string) => string
): string[] {
  const named = (id: string) => `“${titleOf(id)}”（${organizationOf(id)}）`
  const lastFunded = rows.findLastIndex((row) => row.grantFen > 0)
  const notes = rows
    .slice(0, Math.max(lastFunded, 0))
    .filter((row) => row.result === '未资助' && row.application)
    .map((row) => `${named(row.application!.id)}排名第 ${row.rank} 名，未获资助：${row.reason}。`)
  notes.push(
    ...round.adjustments.map(
      (entry) =>
        `${named(entry.applicationId)}的资助金额经人工调整为 ${yuanText(entry.grantFen)}，` +
        `理由：${entry.reason}。`
    )
  )
  const ties = new Map<string, typeof round.tiebreaks>()
  for (const entry of round.tiebreaks) {
    ties.set(entry.reason, [...(ties.get(entry.reason) ?? []), entry])
  }
  for (const [reason, entries] of ties) {
    const order = [...entries].sort((a, b) => b.order - a.order)
    notes.push(
      `并列申报书的先后次序由评审组决定为：${order.map((entry) => named(entry.applicationId)).join('、')}，` +
        `依据：${reason}。`
    )
  }
  if (round.publicity !== null) {
    for (const application of applications) {
      const revoked = revocationOf(application)
      if (!revoked) continue
      notes.push(
        `${named(application.id)}经公示期异议处理撤销资助` +
          (revoked.note ? `，理由：${revoked.note}。` : '。')
      )
    }
  }
  return notes
}
