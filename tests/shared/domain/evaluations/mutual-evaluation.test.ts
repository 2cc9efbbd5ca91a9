import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CheckResult, FieldIssue } from '@shared/domain/check'
import {
  DEFAULT_MUTUAL_TEMPLATE,
  MUTUAL_EVALUATION_FIELDS,
  checkMutualEvaluationDraft,
  checkMutualTemplate,
  checkStoredMutualEvaluation,
  draftMutualEvaluation,
  fillMutualSheet,
  finalizeMutualEvaluation,
  mutualComparison,
  mutualFrozenReason,
  mutualTemplateIssues,
  reopenMutualSheet,
  reviseMutualEvaluation,
  submitMutualSheet,
  type MutualEvaluation,
  type MutualObligation,
  type MutualSide
} from '@shared/domain/evaluations/mutual-evaluation'

const at = '2026-12-28T02:00:00.000Z'
const template: MutualObligation[] = DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({
  ...obligation
}))
const KEYS = template.map((obligation) => obligation.key)

const draftInput = {
  projectId: 'project-1',
  periodLabel: '2026年度',
  periodStart: '2026-01-01',
  periodEnd: '2026-12-31',
  obligations: template
}

function blank(): MutualEvaluation {
  return {
    id: 'me-1',
    createdAt: '2026-12-20T02:00:00.000Z',
    updatedAt: '2026-12-20T02:00:00.000Z',
    archivedAt: null,
    ...draftMutualEvaluation(draftInput)
  }
}

function ok<T>(result: CheckResult<T>): T {
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.value
}

/** A record without the fields the repository fills in. */
function stored(row: object): Record<string, unknown> {
  const fields: Record<string, unknown> = { ...row }
  for (const key of ['id', 'createdAt', 'updatedAt', 'archivedAt']) delete fields[key]
  return fields
}

function issuesOf<T>(result: CheckResult<T>): FieldIssue[] {
  return result.ok ? [] : result.issues
}

function errors(message: string, field = ''): FieldIssue[] {
  return [{ field, level: 'error', message }]
}

/** Sheet input: scores for the ten obligations in template order (purchaser's five first). */
function sheet(rater: string, values: (number | null)[]) {
  return {
    rater,
    scores: KEYS.map((key, index) => ({ key, score: values[index] ?? null, comment: null }))
  }
}

// The purchaser is generous about itself on 按时足额拨付 (20 vs the provider's 12).
const PURCHASER_SCORES = [20, 18, 16, 15, 16, 18, 17, 16, 15, 18]
const PROVIDER_SCORES = [12, 17, 16, 14, 15, 19, 18, 17, 16, 18]

function filled(): MutualEvaluation {
  const purchaser = ok(
    fillMutualSheet(blank(), 'purchaser', sheet('街道民政科 陈立', PURCHASER_SCORES))
  )
  return ok(fillMutualSheet(purchaser, 'provider', sheet('阳光社工 刘敏', PROVIDER_SCORES)))
}

function submitted(): MutualEvaluation {
  return ok(submitMutualSheet(ok(submitMutualSheet(filled(), 'purchaser', at)), 'provider', at))
}

describe('the template', () => {
  it('ships the obligations of both sides, each side worth 100', () => {
    expect(checkMutualTemplate(DEFAULT_MUTUAL_TEMPLATE)).toMatchObject({ ok: true, warnings: [] })
    const names = (side: MutualSide) =>
      DEFAULT_MUTUAL_TEMPLATE.filter((obligation) => obligation.side === side).map(
        (obligation) => obligation.name
      )
    expect(names('purchaser')).toEqual([
      '按时足额拨付',
      '需求明确',
      '指导支持',
      '不摊派合同外行政任务',
      '协调资源'
    ])
    expect(names('provider')).toEqual([
      '按合同提供服务',
      '服务质量与专业性',
      '人员配备稳定',
      '台账资料规范',
      '资金使用规范'
    ])
  })

  it('accepts an edited template: the same name on both sides, uneven maxima', () => {
    const edited: MutualObligation[] = [
      { key: 'a', side: 'purchaser', name: '沟通顺畅', description: '', maxScore: 60 },
      { key: 'b', side: 'purchaser', name: '按时足额拨付', description: '', maxScore: 40 },
      { key: 'c', side: 'provider', name: '沟通顺畅', description: '', maxScore: 100 }
    ]
    expect(mutualTemplateIssues(edited)).toEqual([])
  })

  it.each<[MutualObligation[], FieldIssue[]]>([
    [
      [...template.slice(0, 9), { ...template[9]!, key: 'provider-records' }],
      errors('义务编号“provider-records”重复', '9.key')
    ],
    [
      [...template.slice(0, 9), { ...template[9]!, name: '台账资料规范' }],
      errors('承接方的义务“台账资料规范”重复', '9.name')
    ],
    [template.slice(0, 5), errors('承接方至少要有一项义务')],
    [
      [{ ...template[0]!, maxScore: 10 }, ...template.slice(1)],
      errors('购买方各项义务满分合计 90，应为 100')
    ]
  ])('finds what is wrong with template %#', (obligations, issues) => {
    expect(mutualTemplateIssues(obligations)).toEqual(issues)
  })

  it.each([
    [{ maxScore: 0 }, '0.maxScore', '满分至少为 1'],
    [{ maxScore: 12.5 }, '0.maxScore', '满分须为整数'],
    [{ name: ' ' }, '0.name', '请填写义务名称'],
    [{ side: 'community' }, '0.side', '请选择是哪一方的义务']
  ])('refuses an obligation with %j', (patch, field, message) => {
    expect(
      issuesOf(checkMutualTemplate([{ ...template[0], ...patch }, ...template.slice(1)]))
    ).toEqual(errors(message, field))
  })
})

describe('checkMutualEvaluationDraft and draftMutualEvaluation', () => {
  it('accepts a period and starts with two blank sheets', () => {
    const fields = ok(checkMutualEvaluationDraft({ ...draftInput, periodLabel: ' 2026年度 ' }))
    expect(fields).toEqual(draftInput)
    const blankSheet = (side: MutualSide) => ({
      side,
      rater: '',
      scores: KEYS.map((key) => ({ key, score: null, comment: null })),
      submittedAt: null
    })
    expect(draftMutualEvaluation(fields)).toEqual({
      ...draftInput,
      sheets: [blankSheet('purchaser'), blankSheet('provider')],
      status: '草稿',
      finalizedAt: null,
      finalizedBy: null
    })
  })

  it.each([
    [
      { periodEnd: '2025-12-31' },
      'periodEnd',
      '评估期间结束日期 2025-12-31 早于开始日期 2026-01-01'
    ],
    [{ periodLabel: '' }, 'periodLabel', '请填写评估期间名称'],
    [{ periodStart: '2026-02-30' }, 'periodStart', '评估期间开始日期不是有效日期（YYYY-MM-DD）'],
    [{ obligations: template.slice(5) }, 'obligations', '购买方至少要有一项义务'],
    [
      { obligations: [{ ...template[0]!, key: 'purchaser-needs' }, ...template.slice(1)] },
      'obligations.1.key',
      '义务编号“purchaser-needs”重复'
    ]
  ])('refuses %j', (patch, field, message) => {
    expect(issuesOf(checkMutualEvaluationDraft({ ...draftInput, ...patch }))).toEqual(
      errors(message, field)
    )
  })
})

describe('fillMutualSheet', () => {
  it('saves a partly filled sheet, one row per obligation in template order', () => {
    const input = {
      rater: ' 阳光社工 刘敏 ',
      scores: [
        { key: 'purchaser-needs', score: 17, comment: ' 需求清单年初即确定 ' },
        { key: 'purchaser-funding', score: 12, comment: null }
      ]
    }
    const saved = ok(fillMutualSheet(blank(), 'provider', input))
    expect(saved.sheets[0]).toEqual(blank().sheets[0])
    expect(saved.sheets[1].rater).toBe('阳光社工 刘敏')
    expect(saved.sheets[1].scores.slice(0, 3)).toEqual([
      { key: 'purchaser-funding', score: 12, comment: null },
      { key: 'purchaser-needs', score: 17, comment: '需求清单年初即确定' },
      { key: 'purchaser-guidance', score: null, comment: null }
    ])
    expect(saved.sheets[1].scores).toHaveLength(10)
  })

  it.each([
    [
      { key: 'purchaser-funding', score: 21, comment: null },
      'scores.0.score',
      '“按时足额拨付”得分须在 0 到 20 之间，现为 21'
    ],
    [
      { key: 'provider-funds', score: -2, comment: null },
      'scores.0.score',
      '“资金使用规范”得分须在 0 到 20 之间，现为 -2'
    ],
    [
      { key: 'purchaser-housing', score: 5, comment: null },
      'scores.0.key',
      '评分“purchaser-housing”不对应任何义务'
    ],
    [{ key: 'provider-funds', score: '18', comment: null }, 'scores.0.score', '得分须为数字']
  ])('refuses the row %j', (row, field, message) => {
    expect(
      issuesOf(fillMutualSheet(blank(), 'purchaser', { rater: '陈立', scores: [row] }))
    ).toEqual(errors(message, field))
  })

  it('refuses a row given twice', () => {
    const row = { key: 'provider-funds', score: 18, comment: null }
    expect(
      issuesOf(fillMutualSheet(blank(), 'purchaser', { rater: '陈立', scores: [row, row] }))
    ).toEqual(errors('“资金使用规范”重复评分', 'scores.1.key'))
  })

  it('refuses a submitted sheet and a 定稿 evaluation', () => {
    const input = sheet('陈立', PURCHASER_SCORES)
    const sent = ok(submitMutualSheet(filled(), 'purchaser', at))
    expect(issuesOf(fillMutualSheet(sent, 'purchaser', input))).toEqual(
      errors('购买方的评价表已提交；如需修改，请先退回')
    )
    expect(fillMutualSheet(sent, 'provider', input).ok).toBe(true)
    const final = ok(finalizeMutualEvaluation(submitted(), at, '张晓梅'))
    expect(issuesOf(fillMutualSheet(final, 'provider', input))).toEqual(
      errors('2026年度双向评估已于 2026-12-28 定稿，不能再修改或归档')
    )
  })
})

describe('submitMutualSheet and reopenMutualSheet', () => {
  it('stamps a complete sheet', () => {
    const sent = ok(submitMutualSheet(filled(), 'provider', at))
    expect(sent.sheets.map((held) => held.submittedAt)).toEqual([null, at])
  })

  it('asks for the rater and names the obligations still unscored', () => {
    const partial = ok(
      fillMutualSheet(blank(), 'purchaser', sheet(' ', [20, null, ...PURCHASER_SCORES.slice(2, 9)]))
    )
    expect(issuesOf(submitMutualSheet(partial, 'purchaser', at))).toEqual([
      { field: 'rater', level: 'error', message: '提交前须填写购买方的评价人' },
      {
        field: 'scores',
        level: 'error',
        message: '提交前须为每项义务打分，还差：需求明确、资金使用规范'
      }
    ])
  })

  it('refuses to submit twice, and reopens a submitted sheet until 定稿', () => {
    const sent = ok(submitMutualSheet(filled(), 'purchaser', at))
    expect(issuesOf(submitMutualSheet(sent, 'purchaser', at))).toEqual(
      errors('购买方的评价表已经提交')
    )
    expect(ok(reopenMutualSheet(sent, 'purchaser'))).toEqual(filled())
    expect(issuesOf(reopenMutualSheet(sent, 'provider'))).toEqual(errors('承接方的评价表尚未提交'))
    const final = ok(finalizeMutualEvaluation(submitted(), at, '张晓梅'))
    expect(reopenMutualSheet(final, 'purchaser').ok).toBe(false)
  })
})

describe('reviseMutualEvaluation', () => {
  const fewer: MutualObligation[] = [
    { ...template[0]!, maxScore: 50 },
    { key: 'purchaser-venue', side: 'purchaser', name: '提供场地', description: '', maxScore: 50 },
    ...template.slice(5)
  ]

  it('keeps the scores of obligations that remain and starts new ones blank', () => {
    const revised = ok(reviseMutualEvaluation(filled(), { ...draftInput, obligations: fewer }))
    expect(revised.obligations).toEqual(fewer)
    expect(revised.sheets[0].scores.slice(0, 3)).toEqual([
      { key: 'purchaser-funding', score: 20, comment: null },
      { key: 'purchaser-venue', score: null, comment: null },
      { key: 'provider-delivery', score: 18, comment: null }
    ])
    expect(revised.sheets[1].scores).toHaveLength(7)
  })

  it('changes the period but not the obligations once a sheet is submitted', () => {
    const sent = ok(submitMutualSheet(filled(), 'provider', at))
    expect(
      ok(reviseMutualEvaluation(sent, { ...draftInput, periodLabel: '2026年' })).periodLabel
    ).toBe('2026年')
    expect(issuesOf(reviseMutualEvaluation(sent, { ...draftInput, obligations: fewer }))).toEqual(
      errors('承接方的评价表已提交，不能再修改评估义务', 'obligations')
    )
  })

  it('refuses a 定稿 evaluation', () => {
    const final = ok(finalizeMutualEvaluation(submitted(), at, '张晓梅'))
    expect(reviseMutualEvaluation(final, draftInput).ok).toBe(false)
  })
})

describe('mutualComparison', () => {
  it('sets each obligation’s 自评 beside its 他评, flagging gaps of 20 % of the maximum', () => {
    const { rows, totals } = mutualComparison(filled())
    expect(rows.slice(0, 2)).toEqual([
      {
        key: 'purchaser-funding',
        name: '按时足额拨付',
        side: 'purchaser',
        maxScore: 20,
        self: 20,
        other: 12,
        gap: 8,
        flagged: true
      },
      {
        key: 'purchaser-needs',
        name: '需求明确',
        side: 'purchaser',
        maxScore: 20,
        self: 18,
        other: 17,
        gap: 1,
        flagged: false
      }
    ])
    // The provider's own obligations: its sheet is the 自评, the purchaser's the 他评.
    expect(rows[5]).toMatchObject({ key: 'provider-delivery', self: 19, other: 18, gap: 1 })
    expect(totals).toEqual({
      purchaser: { maxScore: 100, self: 85, other: 74 },
      provider: { maxScore: 100, self: 88, other: 84 }
    })
  })

  it.each([
    [4, true],
    [3.5, false],
    [-4, true]
  ])('flags a gap of %s on a 20-point obligation: %s', (gap, flagged) => {
    // The purchaser's 自评 of 按时足额拨付 against the provider's 12.
    const scores = [...PURCHASER_SCORES]
    scores[0] = PROVIDER_SCORES[0]! + gap
    const evaluation = ok(fillMutualSheet(filled(), 'purchaser', sheet('陈立', scores)))
    expect(mutualComparison(evaluation).rows[0]).toMatchObject({ gap, flagged })
  })

  it('leaves gaps and totals open while a score is missing', () => {
    const half = ok(fillMutualSheet(blank(), 'purchaser', sheet('陈立', PURCHASER_SCORES)))
    const { rows, totals } = mutualComparison(half)
    expect(rows[0]).toMatchObject({ self: 20, other: null, gap: null, flagged: false })
    expect(totals.purchaser).toEqual({ maxScore: 100, self: 85, other: null })
  })

  it('always has gap = 自评 − 他评 and a side’s official score = Σ of the other side’s scores', () => {
    const score = fc.integer({ min: 0, max: 40 }).map((half) => half / 2)
    fc.assert(
      fc.property(
        fc.array(score, { minLength: 10, maxLength: 10 }),
        fc.array(score, { minLength: 10, maxLength: 10 }),
        (purchaserScores, providerScores) => {
          const a = ok(fillMutualSheet(blank(), 'purchaser', sheet('陈立', purchaserScores)))
          const both = ok(fillMutualSheet(a, 'provider', sheet('刘敏', providerScores)))
          const { rows, totals } = mutualComparison(both)
          rows.forEach((row, index) => {
            const [self, other] =
              row.side === 'purchaser'
                ? [purchaserScores[index]!, providerScores[index]!]
                : [providerScores[index]!, purchaserScores[index]!]
            expect(row.gap).toBeCloseTo(self - other, 9)
            expect(row.flagged).toBe(Math.abs(self - other) >= 4)
          })
          const sum = (values: number[]) => values.reduce((total, value) => total + value, 0)
          expect(totals.purchaser.other).toBeCloseTo(sum(providerScores.slice(0, 5)), 9)
          expect(totals.provider.other).toBeCloseTo(sum(purchaserScores.slice(5)), 9)
        }
      )
    )
  })
})

describe('finalizeMutualEvaluation and mutualFrozenReason', () => {
  it('fixes the evaluation once both sheets are in, warning about the wide gaps', () => {
    const ready = submitted()
    expect(finalizeMutualEvaluation(ready, at, '张晓梅')).toEqual({
      ok: true,
      value: { ...ready, status: '定稿', finalizedAt: at, finalizedBy: '张晓梅' },
      warnings: [
        {
          field: 'sheets',
          level: 'warning',
          message: '双方评分差距较大：“按时足额拨付”自评 20、他评 12'
        }
      ]
    })
  })

  it('names the sides whose sheet is not in', () => {
    expect(issuesOf(finalizeMutualEvaluation(filled(), at, '张晓梅'))).toEqual(
      errors('购买方、承接方的评价表尚未提交，不能定稿', 'sheets')
    )
    const one = ok(submitMutualSheet(filled(), 'purchaser', at))
    expect(issuesOf(finalizeMutualEvaluation(one, at, '张晓梅'))).toEqual(
      errors('承接方的评价表尚未提交，不能定稿', 'sheets')
    )
  })

  it('freezes: a draft is open, a 定稿 cannot be finalised again', () => {
    expect(mutualFrozenReason(submitted())).toBeNull()
    const final = ok(finalizeMutualEvaluation(submitted(), at, '张晓梅'))
    expect(issuesOf(finalizeMutualEvaluation(final, at, '李娜'))).toEqual(
      errors('2026年度双向评估已于 2026-12-28 定稿，不能再修改或归档')
    )
  })
})

describe('checkStoredMutualEvaluation', () => {
  const final = ok(finalizeMutualEvaluation(submitted(), at, '张晓梅'))

  it('lists every stored field', () => {
    expect([...MUTUAL_EVALUATION_FIELDS].sort()).toEqual(Object.keys(stored(blank())).sort())
  })

  it('accepts a blank, a filled and a 定稿 evaluation', () => {
    for (const row of [blank(), filled(), final]) {
      expect(checkStoredMutualEvaluation(stored(row)).ok).toBe(true)
    }
  })

  it.each<[(row: MutualEvaluation) => unknown, string, string]>([
    [
      (row) => ({ ...row, sheets: [row.sheets[1], row.sheets[0]] }),
      'sheets',
      '评价表须依次为购买方、承接方各一张'
    ],
    [(row) => ({ ...row, sheets: [row.sheets[0]] }), 'sheets', '双向评估须有双方各一张评价表'],
    [
      (row) => ({
        ...row,
        sheets: [row.sheets[0], { ...row.sheets[1], scores: row.sheets[1].scores.slice(2) }]
      }),
      'sheets.1.scores',
      '承接方的评价表缺少这些义务的评分行：按时足额拨付、需求明确'
    ],
    [
      (row) => ({ ...row, sheets: [{ ...row.sheets[0], rater: '' }, row.sheets[1]] }),
      'sheets.0',
      '购买方的评价表已提交，却缺少评价人或评分'
    ],
    [
      (row) => ({ ...row, sheets: [row.sheets[0], { ...row.sheets[1], submittedAt: null }] }),
      'status',
      '定稿的双向评估须双方评价表都已提交'
    ],
    [(row) => ({ ...row, finalizedBy: null }), 'status', '定稿的双向评估缺少定稿时间或定稿人'],
    [
      (row) => ({ ...row, periodEnd: '2025-06-30' }),
      'periodEnd',
      '评估期间结束日期 2025-06-30 早于开始日期 2026-01-01'
    ]
  ])('refuses a broken row %#', (breakRow, field, message) => {
    expect(
      issuesOf(checkStoredMutualEvaluation(stored(breakRow(final) as MutualEvaluation)))
    ).toEqual(errors(message, field))
  })
})
