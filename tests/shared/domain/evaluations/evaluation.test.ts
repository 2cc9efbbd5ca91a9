import { describe, expect, it } from 'vitest'
import {
  EVALUATION_FIELDS,
  EVALUATION_KINDS_BY_SUBJECT,
  checkEvaluationDraft,
  checkStoredEvaluation,
  evaluationTrend,
  finalizeEvaluation,
  frozenReason,
  type Evaluation,
  type EvaluationKind
} from '@shared/domain/evaluations/evaluation'
import type { CheckResult, FieldIssue } from '@shared/domain/check'
import { DEFAULT_EVALUATION_BANDS } from '@shared/domain/evaluations/grade-bands'
import type { ScoredDimension } from '@shared/domain/evaluations/scorecard'

const today = '2026-11-22'
const at = '2026-09-21T02:00:00.000Z'

function dimensions(scores: (number | null)[]): ScoredDimension[] {
  return [
    { key: 'governance', name: '内部治理', weight: 30, score: scores[0] ?? null },
    { key: 'finance', name: '财务管理', weight: 25, score: scores[1] ?? null },
    { key: 'projects', name: '项目运作', weight: 20, score: scores[2] ?? null },
    { key: 'people', name: '人才队伍', weight: 15, score: scores[3] ?? null },
    { key: 'impact', name: '社会影响', weight: 10, score: scores[4] ?? null }
  ]
}

const draftInput = {
  subjectType: 'incubation',
  subjectId: 'stay-1',
  kind: '出壳',
  evaluatedOn: '2026-09-20',
  evaluators: '王建国、李娜',
  dimensions: dimensions([90, 80, 70, 60, 100]),
  findings: null
}

function evaluation(patch: Partial<Evaluation> = {}): Evaluation {
  return {
    id: 'eval-1',
    createdAt: '2026-09-20T02:00:00.000Z',
    updatedAt: '2026-09-20T02:00:00.000Z',
    archivedAt: null,
    subjectType: 'incubation',
    subjectId: 'stay-1',
    organizationId: 'org-1',
    kind: '出壳',
    evaluatedOn: '2026-09-20',
    evaluators: '王建国、李娜',
    dimensions: dimensions([90, 80, 70, 60, 100]),
    findings: null,
    status: '草稿',
    total: null,
    grade: null,
    passed: null,
    finalizedAt: null,
    finalizedBy: null,
    ...patch
  }
}

function issuesOf<T>(result: CheckResult<T>): FieldIssue[] {
  return result.ok ? [] : result.issues
}

describe('checkEvaluationDraft', () => {
  it('accepts a draft, trimming text and storing empty findings as null', () => {
    expect(
      checkEvaluationDraft({ ...draftInput, evaluators: ' 王建国、李娜 ', findings: ' ' }, today)
    ).toEqual({ ok: true, value: draftInput, warnings: [] })
  })

  it('accepts a draft still being scored and with no evaluator yet', () => {
    const partial = { ...draftInput, evaluators: '', dimensions: dimensions([90, null]) }
    expect(checkEvaluationDraft(partial, today).ok).toBe(true)
  })

  it.each(EVALUATION_KINDS_BY_SUBJECT.incubation)('accepts a %s evaluation of a stay', (kind) => {
    expect(checkEvaluationDraft({ ...draftInput, kind }, today).ok).toBe(true)
  })

  it('accepts today and refuses a later date', () => {
    expect(checkEvaluationDraft({ ...draftInput, evaluatedOn: today }, today).ok).toBe(true)
    expect(checkEvaluationDraft({ ...draftInput, evaluatedOn: '2026-11-23' }, today)).toEqual({
      ok: false,
      issues: [{ field: 'evaluatedOn', level: 'error', message: '评估日期不能晚于今天' }]
    })
  })

  it.each([
    [{ subjectType: 'project' }, 'subjectType', '评估对象类型有误'],
    [{ subjectId: '' }, 'subjectId', '缺少评估对象'],
    [{ kind: '年终' }, 'kind', '请选择评估类型'],
    [{ evaluatedOn: '2026-09-31' }, 'evaluatedOn', '评估日期不是有效日期（YYYY-MM-DD）'],
    [{ evaluators: '评'.repeat(101) }, 'evaluators', '评估人不能超过 100 个字'],
    [{ findings: '意'.repeat(2001) }, 'findings', '评估意见不能超过 2000 个字'],
    [
      { dimensions: dimensions([90, 80, 70, 60, 100]).slice(0, 4) },
      'dimensions',
      '各维度权重合计须为 100，现为 90'
    ],
    [{ dimensions: dimensions([101, 80, 70, 60, 100]) }, 'dimensions.0.score', '得分不能超过 100'],
    [{ status: '定稿' }, '', '不认识的字段：status']
  ])('refuses %j', (patch, field, message) => {
    expect(issuesOf(checkEvaluationDraft({ ...draftInput, ...patch }, today))).toEqual([
      { field, level: 'error', message }
    ])
  })
})

describe('finalizeEvaluation', () => {
  it('fixes total, grade and pass, and records who and when', () => {
    // 30×90 + 25×80 + 20×70 + 15×60 + 10×100 = 8000 → 80.0, 良好 under the default bands.
    const draft = evaluation()
    expect(finalizeEvaluation(draft, DEFAULT_EVALUATION_BANDS, at, '张晓梅')).toEqual({
      ok: true,
      value: {
        ...draft,
        status: '定稿',
        total: 80,
        grade: '良好',
        passed: true,
        finalizedAt: at,
        finalizedBy: '张晓梅'
      },
      warnings: []
    })
  })

  it.each<[(number | null)[], number, string, boolean]>([
    [[100, 100, 100, 100, 100], 100, '优秀', true],
    [[90, 90, 90, 90, 90], 90, '优秀', true],
    [[60, 60, 60, 60, 60], 60, '合格', true],
    // 59.95 rounds to 60.0 before the grade is read.
    [[60.8, 57, 56.8, 69.6, 56.6], 60, '合格', true],
    [[59, 60, 60, 60, 60], 59.7, '不合格', false],
    [[0, 0, 0, 0, 0], 0, '不合格', false]
  ])('scores %j as %s, %s, passed = %s', (scores, total, grade, passed) => {
    const result = finalizeEvaluation(
      evaluation({ dimensions: dimensions(scores) }),
      DEFAULT_EVALUATION_BANDS,
      at,
      '张晓梅'
    )
    expect(result).toMatchObject({ ok: true, value: { total, grade, passed } })
  })

  it('grades by the office’s bands', () => {
    const strict = { 优秀: 95, 良好: 85, 合格: 81 }
    expect(finalizeEvaluation(evaluation(), strict, at, '张晓梅')).toMatchObject({
      ok: true,
      value: { total: 80, grade: '不合格', passed: false }
    })
  })

  it('lists every unscored dimension by name', () => {
    const draft = evaluation({ dimensions: dimensions([90, null, 70, null, null]) })
    expect(finalizeEvaluation(draft, DEFAULT_EVALUATION_BANDS, at, '张晓梅')).toEqual({
      ok: false,
      issues: [
        {
          field: 'dimensions',
          level: 'error',
          message: '定稿前须为每个维度打分，还差：财务管理、人才队伍、社会影响'
        }
      ]
    })
  })

  it.each(['', '   '])('requires an evaluator (given %j)', (evaluators) => {
    expect(
      finalizeEvaluation(evaluation({ evaluators }), DEFAULT_EVALUATION_BANDS, at, '张晓梅')
    ).toEqual({
      ok: false,
      issues: [{ field: 'evaluators', level: 'error', message: '定稿前须填写评估人' }]
    })
  })

  it('reports missing scores and evaluator together', () => {
    const draft = evaluation({ evaluators: '', dimensions: dimensions([null, 80, 70, 60, 100]) })
    const result = finalizeEvaluation(draft, DEFAULT_EVALUATION_BANDS, at, '张晓梅')
    expect(issuesOf(result)).toEqual([
      { field: 'dimensions', level: 'error', message: '定稿前须为每个维度打分，还差：内部治理' },
      { field: 'evaluators', level: 'error', message: '定稿前须填写评估人' }
    ])
  })

  it('refuses to finalize a 定稿 again, keeping its first result', () => {
    const final = evaluation({
      status: '定稿',
      total: 80,
      grade: '良好',
      passed: true,
      finalizedAt: at,
      finalizedBy: '张晓梅'
    })
    expect(
      finalizeEvaluation(
        final,
        { 优秀: 95, 良好: 90, 合格: 85 },
        '2026-11-22T02:00:00.000Z',
        '陈明'
      )
    ).toEqual({
      ok: false,
      issues: [{ field: '', level: 'error', message: '评估已于 2026-09-21 定稿，不能再修改或归档' }]
    })
  })
})

describe('frozenReason', () => {
  it('is null for a draft', () => {
    expect(frozenReason({ status: '草稿', finalizedAt: null })).toBeNull()
  })

  it('names the day of 定稿', () => {
    expect(frozenReason({ status: '定稿', finalizedAt: at })).toBe(
      '评估已于 2026-09-21 定稿，不能再修改或归档'
    )
  })

  it('names the day in China, not in UTC', () => {
    // 01:30 on 21 September in China is still 20 September in UTC.
    expect(frozenReason({ status: '定稿', finalizedAt: '2026-09-20T17:30:00.000Z' })).toBe(
      '评估已于 2026-09-21 定稿，不能再修改或归档'
    )
  })
})

/** The stored shape: the record without its bookkeeping fields. */
function stored(patch: Partial<Evaluation> = {}): Record<string, unknown> {
  const row: Record<string, unknown> = { ...evaluation(patch) }
  for (const key of ['id', 'createdAt', 'updatedAt', 'archivedAt']) delete row[key]
  return row
}

const finalPatch: Partial<Evaluation> = {
  status: '定稿',
  total: 80,
  grade: '良好',
  passed: true,
  finalizedAt: at,
  finalizedBy: '张晓梅'
}

describe('checkStoredEvaluation', () => {
  it('lists the stored fields', () => {
    expect([...EVALUATION_FIELDS].sort()).toEqual(Object.keys(stored()).sort())
  })

  it('accepts a draft and a 定稿 that carries its result', () => {
    expect(checkStoredEvaluation(stored())).toMatchObject({ ok: true })
    expect(checkStoredEvaluation(stored(finalPatch))).toMatchObject({ ok: true })
  })

  it.each<[string, Partial<Evaluation>]>([
    ['total', { total: null }],
    ['grade', { grade: null }],
    ['pass', { passed: null }],
    ['time of 定稿', { finalizedAt: null }],
    ['time of 定稿 (empty)', { finalizedAt: '' }]
  ])('refuses a 定稿 without its %s', (_case, patch) => {
    expect(issuesOf(checkStoredEvaluation(stored({ ...finalPatch, ...patch })))).toContainEqual({
      field: 'status',
      level: 'error',
      message: '定稿的评估缺少总分、等级或定稿时间'
    })
  })

  it('refuses a 定稿 whose total does not match its scores', () => {
    expect(checkStoredEvaluation(stored({ ...finalPatch, total: 85 }))).toEqual({
      ok: false,
      issues: [{ field: 'total', level: 'error', message: '定稿评估的总分与各维度得分不符' }]
    })
  })

  it.each([
    [{ organizationId: '' }, 'organizationId', '缺少组织'],
    [{ status: '已归档' }, 'status', '评估状态有误']
  ])('refuses %j', (patch, field, message) => {
    expect(issuesOf(checkStoredEvaluation({ ...stored(), ...patch }))).toEqual([
      { field, level: 'error', message }
    ])
  })
})

describe('evaluationTrend', () => {
  function final(
    id: string,
    kind: EvaluationKind,
    evaluatedOn: string,
    scores: number[],
    createdAt = `${evaluatedOn}T02:00:00.000Z`
  ): Evaluation {
    const dims = dimensions(scores)
    const total = finalizeEvaluation(
      evaluation({ dimensions: dims }),
      DEFAULT_EVALUATION_BANDS,
      at,
      '张晓梅'
    )
    if (!total.ok) throw new Error('fixture')
    return { ...total.value, id, kind, evaluatedOn, createdAt }
  }

  it('lists 定稿 evaluations oldest first with each dimension by key', () => {
    const rows = evaluationTrend([
      final('exit', '出壳', '2026-09-20', [90, 80, 70, 60, 100]),
      final('entry', '入驻', '2025-06-10', [60, 60, 60, 60, 60]),
      final('mid', '中期', '2025-12-15', [70, 70, 70, 70, 70])
    ])
    expect(rows).toEqual([
      {
        id: 'entry',
        on: '2025-06-10',
        kind: '入驻',
        total: 60,
        scores: { governance: 60, finance: 60, projects: 60, people: 60, impact: 60 }
      },
      {
        id: 'mid',
        on: '2025-12-15',
        kind: '中期',
        total: 70,
        scores: { governance: 70, finance: 70, projects: 70, people: 70, impact: 70 }
      },
      {
        id: 'exit',
        on: '2026-09-20',
        kind: '出壳',
        total: 80,
        scores: { governance: 90, finance: 80, projects: 70, people: 60, impact: 100 }
      }
    ])
  })

  it('leaves out drafts', () => {
    const rows = evaluationTrend([
      evaluation({ id: 'draft', evaluatedOn: '2025-01-01' }),
      final('done', '中期', '2026-01-01', [70, 70, 70, 70, 70])
    ])
    expect(rows.map((row) => row.id)).toEqual(['done'])
  })

  it('orders two on the same day by when they were entered', () => {
    const rows = evaluationTrend([
      final('second', '中期', '2026-01-01', [70, 70, 70, 70, 70], '2026-01-01T08:00:00.000Z'),
      final('first', '入驻', '2026-01-01', [60, 60, 60, 60, 60], '2026-01-01T01:00:00.000Z')
    ])
    expect(rows.map((row) => row.id)).toEqual(['first', 'second'])
  })

  it('does not reorder the list it is given', () => {
    const list = [
      final('b', '中期', '2026-01-01', [70, 70, 70, 70, 70]),
      final('a', '入驻', '2025-01-01', [60, 60, 60, 60, 60])
    ]
    evaluationTrend(list)
    expect(list.map((item) => item.id)).toEqual(['b', 'a'])
  })

  it('is empty when nothing is final', () => {
    expect(evaluationTrend([])).toEqual([])
    expect(evaluationTrend([evaluation()])).toEqual([])
  })
})
