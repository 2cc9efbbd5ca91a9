import { describe, expect, it } from 'vitest'
import type { Application, Award } from '@shared/domain/venture/application'
import { roundResults } from '@shared/domain/venture/results'
import type { Review } from '@shared/domain/venture/review'
import { newRoundDraft, type VentureRound } from '@shared/domain/venture/round'
import type { ReportBlock, ReportContext } from '@shared/pdf/report-model'
import {
  buildPublicityListReport,
  type PublicityListReportInput
} from '@shared/pdf/reports/publicity-list-report'

const at = '2026-05-01T02:00:00.000Z'
const stamp = { createdAt: at, updatedAt: at, archivedAt: null }

const context: ReportContext = {
  number: 'GS-2026-0001',
  date: '2026-05-06',
  office: '鼓楼街道办事处',
  operator: '张晓梅',
  revealPersonalData: true
}

/** 2026 round in 评审中: ¥200,000 in the pool, one track, two criteria adding up to 100. */
function round(patch: Partial<VentureRound> = {}): VentureRound {
  return {
    ...newRoundDraft(2026, 20_000_000),
    id: 'round-1',
    ...stamp,
    name: '2026 年度社区公益创投',
    tracks: [{ key: 'elderly', name: '为老服务', budgetFen: null }],
    criteria: [
      { key: 'design', name: '项目设计', weight: 60 },
      { key: 'capacity', name: '执行能力', weight: 40 }
    ],
    status: '评审中',
    tiebreaks: [],
    adjustments: [],
    publicity: null,
    events: [],
    ...patch
  }
}

/** An application in review whose budget (twice the request) lets the whole request be granted. */
function application(
  id: string,
  organizationId: string,
  title: string,
  requestedFen: number
): Application {
  return {
    id,
    ...stamp,
    roundId: 'round-1',
    organizationId,
    title,
    track: 'elderly',
    communityIds: [],
    needIds: [],
    beneficiaries: [{ type: '老年人', count: 100 }],
    problem: '独居老人缺少照护',
    objectives: '探访独居老人',
    activities: [],
    team: [],
    budgetLines: [
      {
        category: '人员费',
        item: '项目社工',
        unitPriceFen: requestedFen * 2,
        quantity: 1,
        note: null
      }
    ],
    requestedFen,
    matchingFen: requestedFen,
    contactName: '王敏',
    contactPhone: '13812345678',
    status: '评审中',
    submittedAt: at,
    screening: null,
    withdrawnReason: null,
    award: null,
    events: []
  }
}

/** One expert's submitted sheet of `total` points. */
function review(applicationId: string, total: number): Review {
  const design = Math.min(60, total)
  return {
    id: `review-${applicationId}`,
    ...stamp,
    roundId: 'round-1',
    applicationId,
    reviewerId: 'expert-1',
    conflict: { conflicted: false, note: null, at },
    scores: { design, capacity: Math.round((total - design) * 10) / 10 },
    comment: null,
    submittedAt: at,
    reopenings: []
  }
}

/** 银龄探访 (¥80,000) and 四点半课堂 (¥90,000) are funded; 长者食堂 (¥60,000) is not. */
const applications = [
  application('app-a', 'org-1', '银龄探访', 8_000_000),
  application('app-b', 'org-2', '四点半课堂', 9_000_000),
  application('app-c', 'org-3', '长者食堂', 6_000_000)
]
const reviews = [review('app-a', 88), review('app-b', 84.5), review('app-c', 80.5)]
const organizations = [
  { id: 'org-1', name: '阳光社会工作服务中心' },
  { id: 'org-2', name: '彩虹青少年服务社' },
  { id: 'org-3', name: '邻里互助协会' }
]

function inReview(apps: Application[] = applications): PublicityListReportInput {
  const theRound = round()
  return {
    round: theRound,
    applications: apps,
    organizations,
    results: roundResults(theRound, apps, reviews)
  }
}

/** The round after 公示结果 from 5 to 11 May: every result stored as the application's award. */
function published(): PublicityListReportInput {
  const theRound = round({
    status: '公示中',
    publicity: { startsOn: '2026-05-06', endsOn: '2026-05-11', objections: [] }
  })
  const results = roundResults(theRound, applications, reviews)
  const awarded = applications.map((row): Application => {
    const result = results.rows.find((candidate) => candidate.applicationId === row.id)!
    const award: Award = {
      score: result.score,
      rank: result.rank,
      trackRank: result.trackRank,
      grantFen: result.grantFen,
      reason: result.reason,
      adjustmentReason: null
    }
    return { ...row, status: result.grantFen > 0 ? '拟资助' : '未获资助', award }
  })
  return { round: theRound, applications: awarded, organizations, results }
}

const tableOf = (blocks: readonly ReportBlock[]) =>
  blocks.find((block): block is Extract<ReportBlock, { kind: 'table' }> => block.kind === 'table')

const paragraphs = (blocks: readonly ReportBlock[]) =>
  blocks
    .filter(
      (block): block is Extract<ReportBlock, { kind: 'paragraph' }> => block.kind === 'paragraph'
    )
    .map((block) => block.text)

describe('buildPublicityListReport', () => {
  it('lists the published grants with the period and where objections go, and is final', () => {
    const report = buildPublicityListReport(published(), context)
    expect(report.meta).toMatchObject({
      title: '公示名单',
      subtitle: '2026 年度社区公益创投拟资助项目',
      draft: false
    })
    const table = tableOf(report.blocks)!
    expect(table.columns.map((column) => column.header)).toEqual([
      '序号',
      '申报机构',
      '项目名称',
      '资助金额（元）'
    ])
    expect(table.rows).toEqual([
      ['1', '阳光社会工作服务中心', '银龄探访', '80,000.00'],
      ['2', '彩虹青少年服务社', '四点半课堂', '90,000.00']
    ])
    expect(table.foot).toEqual([['', '合计', '2 个项目', '170,000.00']])
    expect(paragraphs(report.blocks)).toEqual([
      '2026 年度社区公益创投经资格初审、专家评审，拟资助项目 2 个，资助金额合计 170,000.00 元' +
        '（人民币壹拾柒万元整）。现将拟资助项目名单公示如下：',
      '公示期为2026年5月6日至2026年5月11日。如有异议，请于公示期内向鼓楼街道办事处反映。'
    ])
  })

  it('drops a grant withdrawn after an objection from the list and its total', () => {
    const input = published()
    const revoked = input.applications.map((row) =>
      row.id === 'app-a'
        ? { ...row, status: '未获资助' as const, award: { ...row.award!, grantFen: 0 } }
        : row
    )
    const report = buildPublicityListReport({ ...input, applications: revoked }, context)
    expect(tableOf(report.blocks)!.rows).toEqual([
      ['1', '彩虹青少年服务社', '四点半课堂', '90,000.00']
    ])
    expect(tableOf(report.blocks)!.foot).toEqual([['', '合计', '1 个项目', '90,000.00']])
  })

  it('is a draft of the computed list with the planned period before 公示', () => {
    const report = buildPublicityListReport(inReview(), context)
    expect(report.meta.draft).toBe(true)
    expect(tableOf(report.blocks)!.rows.map((row) => row[2])).toEqual(['银龄探访', '四点半课堂'])
    expect(paragraphs(report.blocks).at(-1)).toBe(
      '公示期为2026年5月6日至2026年5月12日。如有异议，请于公示期内向鼓楼街道办事处反映。'
    )
  })

  it('says there is nothing to publish instead of an empty table', () => {
    const report = buildPublicityListReport(inReview([]), { ...context, office: '' })
    expect(tableOf(report.blocks)).toBeUndefined()
    expect(paragraphs(report.blocks)).toEqual([
      '2026 年度社区公益创投尚无拟资助项目。',
      '公示期为2026年5月6日至2026年5月12日。如有异议，请于公示期内向主办单位反映。'
    ])
    expect(report.blocks.at(-1)).toEqual({
      kind: 'signatures',
      roles: [],
      seal: '（单位盖章）',
      date: '2026-05-06'
    })
  })

  it('ends with the office seal and prints no personal data even when allowed to', () => {
    const report = buildPublicityListReport(published(), context)
    expect(report.blocks.at(-1)).toEqual({
      kind: 'signatures',
      roles: [],
      seal: '鼓楼街道办事处',
      date: '2026-05-06'
    })
    const everything = JSON.stringify(report)
    expect(everything).not.toContain('13812345678')
    expect(everything).not.toContain('王敏')
  })
})
