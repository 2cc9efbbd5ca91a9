/**
 * 公益创投评审结果 of one round as a sheet: every reviewed application in rank order (unscored
 * last) with its overall and track rank, score, the valid sheets it was scored from, what it
 * asked for and what it is to receive, the result and why. While the round is 评审中 the list is
 * the one computed from the submitted sheets and the title says it is provisional (暂计); from
 * 公示 on it shows each application's stored award, a grant withdrawn after an objection as
 * 撤销资助 — as the 评审结果 report does. A 合计 row sums the requested and granted amounts.
 */
import type { IsoDate } from '../../domain/dates'
import type { Organization } from '../../domain/organizations/organization'
import type { Application, Award } from '../../domain/venture/application'
import {
  inPublishedOrder,
  publishedResult,
  revocationOf,
  type ResultRow,
  type RoundResults
} from '../../domain/venture/results'
import type { VentureRound } from '../../domain/venture/round'
import type { RawValue } from '../cell-values'
import type { SheetColumn, SheetModel } from '../sheet-model'
import { ledgerTitle, TOTAL_LABEL } from './ledger-text'

export interface RoundResultsLedgerInput {
  round: VentureRound
  /** The round's applications, for titles, applicants and, once published, the awards. */
  applications: readonly Application[]
  /** The applicants, for their names. */
  organizations: readonly Pick<Organization, 'id' | 'name'>[]
  /** The results computed from the stored reviews (`VentureRoundsRepository.results`). */
  results: RoundResults
  office: string
  today: IsoDate
}

const UNKNOWN_ORGANIZATION = '（组织记录缺失）'
const UNKNOWN_APPLICATION = '（申报书记录缺失）'

const COLUMNS: SheetColumn[] = [
  { header: '排名', type: 'number' },
  { header: '类别内排名', type: 'number' },
  { header: '申报机构', type: 'text' },
  { header: '项目名称', type: 'text' },
  { header: '类别', type: 'text' },
  // aggregateScores gives hundredths, and a hundredth decides a rank: both decimals are shown.
  { header: '得分', type: 'number', numFmt: '0.00' },
  { header: '有效评分表', type: 'number' },
  { header: '申请金额（元）', type: 'yuan' },
  { header: '资助金额（元）', type: 'yuan' },
  { header: '结果', type: 'text' },
  { header: '说明', type: 'text' }
]

/** The 0-based columns the 合计 row sums: requested and granted amounts. */
export const ROUND_SUM_COLUMNS = [7, 8]

/** What a row shows of its application: computed while in review, the award once published. */
interface Figures {
  rank: number | null
  trackRank: number | null
  score: number | null
  grantFen: number
  result: string
  notes: string[]
}

function computedFigures(row: ResultRow): Figures {
  return {
    rank: row.rank,
    trackRank: row.trackRank,
    score: row.score,
    grantFen: row.grantFen,
    result: row.status,
    notes: [row.reason, ...(row.adjustment ? [`人工调整：${row.adjustment.reason}`] : [])]
  }
}

function awardFigures(application: Application & { award: Award }): Figures {
  const { award } = application
  const revoked = revocationOf(application)
  return {
    rank: award.rank,
    trackRank: award.trackRank,
    score: award.score,
    grantFen: award.grantFen,
    result: publishedResult(application),
    notes: [
      award.reason,
      ...(award.adjustmentReason ? [`人工调整：${award.adjustmentReason}`] : []),
      ...(revoked ? [`经公示期异议处理撤销资助${revoked.note ? `：${revoked.note}` : ''}`] : [])
    ]
  }
}

/**
 * The rows in the order the list reads: computed rank order while in review; from 公示 on the
 * published order (as the 评审结果 report), rows without an award after them.
 */
function listed(
  results: RoundResults,
  applications: readonly Application[],
  published: boolean
): ResultRow[] {
  if (!published) return results.rows
  const order = new Map(
    inPublishedOrder(applications, results).map((application, index) => [application.id, index])
  )
  const position = (row: ResultRow) => order.get(row.applicationId) ?? order.size
  return [...results.rows].sort((a, b) => position(a) - position(b))
}

export function roundResultsLedger(input: RoundResultsLedgerInput): SheetModel {
  const { round, results } = input
  const published = round.publicity !== null
  const applications = new Map(input.applications.map((row) => [row.id, row]))
  const names = new Map(input.organizations.map((row) => [row.id, row.name]))
  const tracks = new Map(round.tracks.map((track) => [track.key, track.name]))
  const rows = listed(results, input.applications, published).map((row): RawValue[] => {
    const application = applications.get(row.applicationId)
    const figures =
      published && application?.award
        ? awardFigures({ ...application, award: application.award })
        : computedFigures(row)
    return [
      figures.rank,
      figures.trackRank,
      (application && names.get(application.organizationId)) ?? UNKNOWN_ORGANIZATION,
      application?.title ?? UNKNOWN_APPLICATION,
      tracks.get(row.track) ?? row.track,
      figures.score,
      row.totals.length,
      row.requestedFen,
      figures.grantFen,
      figures.result,
      figures.notes.filter((note) => note !== '').join('；')
    ]
  })
  const ledger = published ? `${round.name}评审结果` : `${round.name}评审结果（暂计，尚未公示）`
  return {
    name: '评审结果',
    title: ledgerTitle(input.office, ledger, input.today),
    columns: COLUMNS,
    rows,
    totals: { label: TOTAL_LABEL, labelColumn: 2, sumColumns: ROUND_SUM_COLUMNS }
  }
}
