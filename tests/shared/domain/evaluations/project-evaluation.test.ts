import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { CheckResult, FieldIssue } from '@shared/domain/check'
import { DEFAULT_EVALUATION_BANDS } from '@shared/domain/evaluations/grade-bands'
import {
  PROJECT_EVALUATION_FIELDS,
  blankIndicatorScores,
  checkProjectEvaluationDraft,
  checkStoredProjectEvaluation,
  currentEvaluations,
  deciding,
  draftProjectEvaluation,
  evaluationTotal,
  finalizeProjectEvaluation,
  isSatisfactionIndicator,
  projectEvaluationFrozenReason,
  satisfactionRate,
  satisfactionSuggestions,
  startCorrection,
  subtotals,
  supersede,
  type IndicatorScore,
  type ProjectEvaluation
} from '@shared/domain/evaluations/project-evaluation'
import type { IndicatorNode } from '@shared/domain/performance/indicator'

const today = '2026-11-22'
const at = '2026-09-21T02:00:00.000Z'

function node(
  key: string,
  parentKey: string | null,
  level: 1 | 2 | 3,
  name: string,
  weight: number
): IndicatorNode {
  return {
    key,
    parentKey,
    level,
    name,
    weight,
    target: null,
    metric: null,
    actual: null,
    scoringRule: null
  }
}

/** The self-evaluation split 产出 50 / 效益 30 / 满意度 10 / 预算执行率 10, with six leaves. */
const indicators: IndicatorNode[] = [
  node('output', null, 1, '产出指标', 50),
  node('output-qty', 'output', 2, '数量指标', 30),
  {
    ...node('sessions', 'output-qty', 3, '活动场次', 15),
    target: { value: 24, unit: '场', comparison: '≥' },
    metric: 'sessions',
    actual: 20,
    scoringRule: '完成率 100% 得满分，每低 10% 扣 1.5 分'
  },
  node('participants', 'output-qty', 3, '服务人次', 15),
  node('quality', 'output', 2, '质量指标', 20),
  node('benefit', null, 1, '效益指标', 30),
  node('social', 'benefit', 2, '社会效益', 30),
  node('satisfaction', null, 1, '满意度指标', 10),
  node('clients', 'satisfaction', 2, '服务对象满意度', 10),
  node('budget', null, 1, '预算执行率', 10)
]

const LEAVES = ['sessions', 'participants', 'quality', 'social', 'clients', 'budget'] as const

/** Scores in leaf order; evidence on every row so the low-score rule stays out of the way. */
function scores(values: (number | null)[]): IndicatorScore[] {
  return LEAVES.map((key, index) => ({ key, score: values[index] ?? null, evidence: '台账抽查' }))
}

const FULL = [13.5, 15, 18, 27, 9, 10]

const draftInput = {
  projectId: 'project-1',
  kind: '中期',
  mode: '第三方评估',
  year: null,
  evaluatedOn: '2026-09-20',
  evaluators: '苏州明德评估中心 王建国、李娜',
  indicators,
  scores: scores(FULL),
  survey: { surveyed: 200, satisfied: 180 },
  findings: '活动场次略低于计划',
  recommendations: null
}

function evaluation(patch: Partial<ProjectEvaluation> = {}): ProjectEvaluation {
  return {
    id: 'pe-1',
    createdAt: '2026-09-20T02:00:00.000Z',
    updatedAt: '2026-09-20T02:00:00.000Z',
    archivedAt: null,
    ...draftProjectEvaluation(draftInput as Parameters<typeof draftProjectEvaluation>[0], 'org-1'),
    ...patch
  }
}

function finalized(patch: Partial<ProjectEvaluation> = {}): ProjectEvaluation {
  const result = finalizeProjectEvaluation(
    evaluation(patch),
    DEFAULT_EVALUATION_BANDS,
    at,
    '张晓梅'
  )
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

describe('satisfactionRate', () => {
  it.each([
    [{ surveyed: 200, satisfied: 180 }, 90],
    [{ surveyed: 3, satisfied: 2 }, 66.7],
    [{ surveyed: 7, satisfied: 6 }, 85.7],
    [{ surveyed: 8, satisfied: 8 }, 100],
    [{ surveyed: 5, satisfied: 0 }, 0],
    [null, null]
  ])('%j is %s %', (survey, rate) => {
    expect(satisfactionRate(survey)).toBe(rate)
  })
})

describe('satisfaction suggestions', () => {
  it('recognises the satisfaction indicators by name', () => {
    expect(
      ['服务对象满意度', '群众满意率', '活动场次'].map((name) => isSatisfactionIndicator({ name }))
    ).toEqual([true, true, false])
  })

  it.each([
    [{ surveyed: 200, satisfied: 180 }, 9],
    // 66.7 % of 10 = 6.67, to the nearest half point.
    [{ surveyed: 3, satisfied: 2 }, 6.5],
    // 87.5 % of 10 = 8.75 rounds up.
    [{ surveyed: 8, satisfied: 7 }, 9],
    [{ surveyed: 4, satisfied: 0 }, 0]
  ])('suggests weight × rate for the satisfaction leaf of %j: %s', (survey, score) => {
    expect(satisfactionSuggestions(indicators, survey)).toEqual([
      { key: 'clients', name: '服务对象满意度', weight: 10, score }
    ])
  })

  it('suggests nothing without a survey, and nothing for a satisfaction node with children', () => {
    expect(satisfactionSuggestions(indicators, null)).toEqual([])
    const keys = satisfactionSuggestions(indicators, { surveyed: 1, satisfied: 1 }).map(
      (row) => row.key
    )
    expect(keys).not.toContain('satisfaction')
  })

  it('always suggests a half point between 0 and the weight', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200 }).chain((weight) =>
          fc.tuple(
            fc.constant(weight / 2),
            fc
              .integer({ min: 1, max: 5000 })
              .chain((surveyed) =>
                fc.tuple(fc.constant(surveyed), fc.integer({ min: 0, max: surveyed }))
              )
          )
        ),
        ([weight, [surveyed, satisfied]]) => {
          const tree = [node('only', null, 1, '满意度', weight)]
          const [suggestion] = satisfactionSuggestions(tree, { surveyed, satisfied })
          expect(suggestion!.score).toBeGreaterThanOrEqual(0)
          expect(suggestion!.score).toBeLessThanOrEqual(weight)
          expect(Number.isInteger(suggestion!.score * 2)).toBe(true)
        }
      )
    )
  })
})

describe('blankIndicatorScores', () => {
  it('makes one unscored row per leaf, in tree order', () => {
    expect(blankIndicatorScores(indicators)).toEqual(
      LEAVES.map((key) => ({ key, score: null, evidence: null }))
    )
  })
})

describe('checkProjectEvaluationDraft', () => {
  it('accepts a draft, trimming text and storing empty text as null', () => {
    expect(
      checkProjectEvaluationDraft(
        { ...draftInput, evaluators: ` ${draftInput.evaluators} `, recommendations: ' ' },
        today
      )
    ).toEqual({ ok: true, value: draftInput, warnings: [] })
  })

  it('accepts a draft still being scored, with no evaluator and no survey yet', () => {
    const partial = {
      ...draftInput,
      evaluators: '',
      scores: blankIndicatorScores(indicators),
      survey: null
    }
    expect(checkProjectEvaluationDraft(partial, today).ok).toBe(true)
  })

  it('accepts today and refuses a later date', () => {
    expect(checkProjectEvaluationDraft({ ...draftInput, evaluatedOn: today }, today).ok).toBe(true)
    expect(
      issuesOf(checkProjectEvaluationDraft({ ...draftInput, evaluatedOn: '2026-11-23' }, today))
    ).toEqual(errors('评估日期不能晚于今天', 'evaluatedOn'))
  })

  it('asks a 年度 evaluation for its year, which may be the year before the date', () => {
    const annual = { ...draftInput, kind: '年度', evaluatedOn: '2026-01-15' }
    expect(checkProjectEvaluationDraft({ ...annual, year: 2025 }, today).ok).toBe(true)
    expect(issuesOf(checkProjectEvaluationDraft(annual, today))).toEqual(
      errors('年度评估须填写评估年度', 'year')
    )
    expect(issuesOf(checkProjectEvaluationDraft({ ...annual, year: 2027 }, today))).toEqual(
      errors('评估年度 2027 晚于评估日期 2026-01-15', 'year')
    )
    expect(issuesOf(checkProjectEvaluationDraft({ ...draftInput, year: 2026 }, today))).toEqual(
      errors('只有年度评估填写评估年度', 'year')
    )
  })

  it.each([
    [
      { scores: scores([16, ...FULL.slice(1)]) },
      'scores.0.score',
      '“活动场次”得分须在 0 到 15 之间，现为 16'
    ],
    [
      { scores: scores([13.5, -1, ...FULL.slice(2)]) },
      'scores.1.score',
      '“服务人次”得分须在 0 到 15 之间，现为 -1'
    ],
    [
      { scores: [...scores(FULL), { key: 'output', score: 50, evidence: null }] },
      'scores.6.key',
      '评分“output”不对应任何末级指标'
    ],
    [
      { scores: [...scores(FULL), { key: 'budget', score: 10, evidence: null }] },
      'scores.6.key',
      '“预算执行率”重复评分'
    ],
    [
      { scores: scores(FULL).slice(0, 4) },
      'scores',
      '缺少这些指标的评分行：服务对象满意度、预算执行率'
    ],
    [
      { scores: [{ key: 'budget', score: '10', evidence: null }] },
      'scores.0.score',
      '得分须为数字'
    ],
    [
      { survey: { surveyed: 100, satisfied: 101 } },
      'survey.satisfied',
      '满意人数 101 不能多于调查人数 100'
    ],
    [{ survey: { surveyed: 0, satisfied: 0 } }, 'survey.surveyed', '调查人数至少为 1'],
    [{ survey: { surveyed: 10.5, satisfied: 1 } }, 'survey.surveyed', '调查人数须为整数'],
    [
      { indicators: indicators.slice(0, -1), scores: scores(FULL).slice(0, -1) },
      'indicators',
      '末级指标权重合计 90，应为 100'
    ],
    [
      {
        indicators: [...indicators.slice(0, -1), node('clients', null, 1, '预算执行率', 10)],
        scores: scores(FULL).slice(0, 5)
      },
      'indicators.9.key',
      '指标编号“clients”重复'
    ],
    [{ indicators: [] }, 'indicators', '绩效目标表至少要有一项指标'],
    [
      { indicators: [{ ...indicators[0]!, weight: 50.3 }, ...indicators.slice(1)] },
      'indicators.0.weight',
      '指标权重须为整分或半分'
    ],
    [{ kind: '出壳' }, 'kind', '请选择评估类型'],
    [{ mode: '部门评价' }, 'mode', '请选择评估方式'],
    [{ projectId: '' }, 'projectId', '缺少项目'],
    [{ findings: '评'.repeat(2001) }, 'findings', '评估发现不能超过 2000 个字'],
    [{ status: '定稿' }, '', '不认识的字段：status']
  ])('refuses %j', (patch, field, message) => {
    expect(issuesOf(checkProjectEvaluationDraft({ ...draftInput, ...patch }, today))).toEqual(
      errors(message, field)
    )
  })
})

describe('evaluationTotal', () => {
  it('adds the leaf scores', () => {
    expect(evaluationTotal(indicators, scores(FULL))).toBe(92.5)
  })

  it('is null while any leaf is unscored, or has no row', () => {
    expect(evaluationTotal(indicators, scores([...FULL.slice(0, 5), null]))).toBeNull()
    expect(evaluationTotal(indicators, scores(FULL).slice(1))).toBeNull()
  })

  it('ignores rows that are not leaves and rounds to two decimals', () => {
    const rows = scores([14.1, 14.2, 18.3, 27.4, 9.5, 9.01])
    expect(
      evaluationTotal(indicators, [...rows, { key: 'output', score: 50, evidence: null }])
    ).toBe(92.51)
  })

  it('is the sum of the leaf scores, between 0 and 100, for any scoring', () => {
    const weights = [15, 15, 20, 30, 10, 10]
    fc.assert(
      fc.property(
        fc.tuple(...weights.map((weight) => fc.integer({ min: 0, max: weight * 2 }))),
        (halves) => {
          const values = halves.map((half) => half / 2)
          const total = evaluationTotal(indicators, scores(values))!
          expect(total).toBeCloseTo(
            values.reduce((sum, value) => sum + value, 0),
            9
          )
          expect(total).toBeGreaterThanOrEqual(0)
          expect(total).toBeLessThanOrEqual(100)
        }
      )
    )
  })
})

describe('subtotals', () => {
  it('sums each first- and second-level indicator, in tree order', () => {
    expect(subtotals(indicators, scores(FULL))).toEqual([
      { key: 'output', name: '产出指标', level: 1, weight: 50, score: 46.5 },
      { key: 'output-qty', name: '数量指标', level: 2, weight: 30, score: 28.5 },
      { key: 'quality', name: '质量指标', level: 2, weight: 20, score: 18 },
      { key: 'benefit', name: '效益指标', level: 1, weight: 30, score: 27 },
      { key: 'social', name: '社会效益', level: 2, weight: 30, score: 27 },
      { key: 'satisfaction', name: '满意度指标', level: 1, weight: 10, score: 9 },
      { key: 'clients', name: '服务对象满意度', level: 2, weight: 10, score: 9 },
      { key: 'budget', name: '预算执行率', level: 1, weight: 10, score: 10 }
    ])
  })

  it('leaves a subtotal open while a leaf under it is unscored', () => {
    const rows = subtotals(indicators, scores([null, ...FULL.slice(1)]))
    expect(rows.filter((row) => row.score === null).map((row) => row.key)).toEqual([
      'output',
      'output-qty'
    ])
  })
})

describe('finalizeProjectEvaluation', () => {
  it('fixes total, grade and pass, and records who and when', () => {
    const draft = evaluation()
    expect(finalizeProjectEvaluation(draft, DEFAULT_EVALUATION_BANDS, at, '张晓梅')).toEqual({
      ok: true,
      value: {
        ...draft,
        status: '定稿',
        total: 92.5,
        grade: '优秀',
        passed: true,
        finalizedAt: at,
        finalizedBy: '张晓梅'
      },
      warnings: []
    })
  })

  it.each<[number[], number, string, boolean]>([
    [[15, 15, 20, 30, 10, 10], 100, '优秀', true],
    [[12, 12, 16, 24, 8, 8], 80, '良好', true],
    [[9, 9, 12, 18, 6, 6], 60, '合格', true],
    [[9, 9, 12, 18, 6, 5.5], 59.5, '不合格', false]
  ])('scores %j as %s, %s, passed = %s', (values, total, grade, passed) => {
    expect(
      finalizeProjectEvaluation(
        evaluation({ scores: scores(values) }),
        DEFAULT_EVALUATION_BANDS,
        at,
        '张晓梅'
      )
    ).toMatchObject({ ok: true, value: { total, grade, passed } })
  })

  it('grades by the office’s bands', () => {
    const bands = { 优秀: 95, 良好: 85, 合格: 70 }
    expect(finalizeProjectEvaluation(evaluation(), bands, at, '张晓梅')).toMatchObject({
      ok: true,
      value: { total: 92.5, grade: '良好' }
    })
  })

  it('names the leaves still unscored and asks for the evaluators', () => {
    const draft = evaluation({ evaluators: ' ', scores: scores([null, 15, 18, null, 9, 10]) })
    expect(
      issuesOf(finalizeProjectEvaluation(draft, DEFAULT_EVALUATION_BANDS, at, '张晓梅'))
    ).toEqual([
      {
        field: 'scores',
        level: 'error',
        message: '定稿前须为每项末级指标打分，还差：活动场次、社会效益'
      },
      { field: 'evaluators', level: 'error', message: '定稿前须填写评估人' }
    ])
  })

  it('refuses a score below 60 % of its weight without evidence, and accepts one at 60 %', () => {
    const rows = scores(FULL)
    const low = rows.map((row, index) =>
      index === 1 ? { ...row, score: 8.5, evidence: null } : row
    )
    expect(
      issuesOf(
        finalizeProjectEvaluation(
          evaluation({ scores: low }),
          DEFAULT_EVALUATION_BANDS,
          at,
          '张晓梅'
        )
      )
    ).toEqual(
      errors('“服务人次”得 8.5 分，低于满分 15 的 60%，须写明评分依据', 'scores.1.evidence')
    )
    const atLine = rows.map((row, index) =>
      index === 1 ? { ...row, score: 9, evidence: null } : row
    )
    expect(
      finalizeProjectEvaluation(
        evaluation({ scores: atLine }),
        DEFAULT_EVALUATION_BANDS,
        at,
        '张晓梅'
      ).ok
    ).toBe(true)
  })

  it('warns when a satisfaction indicator has no survey', () => {
    expect(
      finalizeProjectEvaluation(
        evaluation({ survey: null }),
        DEFAULT_EVALUATION_BANDS,
        at,
        '张晓梅'
      )
    ).toMatchObject({
      ok: true,
      warnings: [
        {
          field: 'survey',
          level: 'warning',
          message: '有满意度指标（服务对象满意度），但没有填写满意度调查'
        }
      ]
    })
  })

  it('refuses to finalise twice', () => {
    expect(
      issuesOf(finalizeProjectEvaluation(finalized(), DEFAULT_EVALUATION_BANDS, at, '李娜'))
    ).toEqual(
      errors('中期评估第 1 版已于 2026-09-21 定稿，不能再修改或归档；如需更正，请新建更正版本')
    )
  })
})

describe('projectEvaluationFrozenReason', () => {
  it('is null for a draft and dates the 定稿 in China time', () => {
    expect(projectEvaluationFrozenReason(evaluation())).toBeNull()
    expect(
      projectEvaluationFrozenReason(finalized({ kind: '末期' }))?.startsWith(
        '末期评估第 1 版已于 2026-09-21 定稿'
      )
    ).toBe(true)
    // 20:00 UTC on the 20th is already the 21st in China.
    expect(
      projectEvaluationFrozenReason({
        status: '定稿',
        kind: '中期',
        version: 2,
        finalizedAt: '2026-09-20T20:00:00.000Z'
      })?.startsWith('中期评估第 2 版已于 2026-09-21 定稿')
    ).toBe(true)
  })
})

describe('startCorrection', () => {
  it('starts version 2 as a draft with the scores of the version it corrects', () => {
    const original = finalized()
    const result = startCorrection(original, ' 服务人次统计重复计算 ')
    expect(result).toEqual({
      ok: true,
      value: {
        ...stored(original),
        version: 2,
        supersedesId: 'pe-1',
        correctionReason: '服务人次统计重复计算',
        status: '草稿',
        total: null,
        grade: null,
        passed: null,
        finalizedAt: null,
        finalizedBy: null
      },
      warnings: []
    })
  })

  it.each([
    [() => evaluation(), '', '评估尚未定稿，可以直接修改，无需更正'],
    [() => finalized({ supersededById: 'pe-2' }), '', '第 1 版已被更正，请在最新版本上更正'],
    [() => finalized(), 'correctionReason', '请说明更正原因（至少 5 个字）']
  ])('refuses %#', (subject, field, message) => {
    expect(issuesOf(startCorrection(subject(), '填错了'))).toEqual(errors(message, field))
  })

  it('counts the reason in characters', () => {
    expect(startCorrection(finalized(), '𠮷'.repeat(5)).ok).toBe(true)
    expect(startCorrection(finalized(), '更'.repeat(501)).ok).toBe(false)
  })
})

describe('supersede', () => {
  const original = finalized()
  const correction = finalized({ id: 'pe-2', version: 2, supersedesId: 'pe-1' })

  it('marks the old version with its 定稿 correction, changing nothing else', () => {
    expect(supersede(original, correction)).toEqual({
      ok: true,
      value: { ...original, supersededById: 'pe-2' },
      warnings: []
    })
  })

  it.each([
    [original, { ...correction, supersedesId: 'pe-9' }, '这不是该评估版本的更正'],
    [original, { ...correction, status: '草稿' as const }, '更正版本定稿后才能取代原版本'],
    [{ ...original, supersededById: 'pe-3' }, correction, '第 1 版已被另一更正版本取代']
  ])('refuses %#', (previous, next, message) => {
    expect(issuesOf(supersede(previous, next))).toEqual(errors(message))
  })
})

describe('currentEvaluations and deciding', () => {
  const third = finalized({ id: 'mid-third', evaluatedOn: '2026-06-20' })
  const corrected = { ...third, supersededById: 'mid-third-2' }
  const correction = finalized({
    id: 'mid-third-2',
    version: 2,
    supersedesId: 'mid-third',
    correctionReason: '服务人次统计重复计算',
    evaluatedOn: '2026-06-20',
    scores: scores([9, 9, 12, 18, 6, 5])
  })
  const self = finalized({ id: 'mid-self', mode: '自评', evaluatedOn: '2026-07-01' })
  const purchaser = finalized({ id: 'mid-buyer', mode: '购买方评价', evaluatedOn: '2026-06-25' })
  const draft = evaluation({ id: 'mid-draft', evaluatedOn: '2026-08-01' })
  const final = finalized({ id: 'final', kind: '末期' })
  const annual2025 = finalized({ id: 'y2025', kind: '年度', year: 2025, evaluatedOn: '2026-01-10' })
  const annual2026 = finalized({ id: 'y2026', kind: '年度', year: 2026 })
  const otherProject = finalized({ id: 'other', projectId: 'project-2', evaluatedOn: '2026-10-01' })

  const all = [
    corrected,
    correction,
    self,
    purchaser,
    draft,
    final,
    annual2025,
    annual2026,
    otherProject
  ]

  it('keeps one per project, kind, mode and year: the latest version not superseded', () => {
    expect(currentEvaluations(all).map((row) => row.id)).toEqual([
      'mid-self',
      'mid-buyer',
      'mid-third-2',
      'final',
      'y2025',
      'y2026',
      'other'
    ])
  })

  it('lets a later evaluation of the same kind and mode replace an earlier one (复评)', () => {
    const again = finalized({ id: 'mid-again', evaluatedOn: '2026-08-15' })
    expect(currentEvaluations([correction, again]).map((row) => row.id)).toEqual(['mid-again'])
  })

  it('decides payment by the latest purchaser or third-party evaluation, never a 自评', () => {
    const project1 = all.filter((row) => row.projectId === 'project-1')
    expect(deciding(project1, '中期')?.id).toBe('mid-buyer')
    expect(
      deciding(
        project1.filter((row) => row.mode !== '购买方评价'),
        '中期'
      )
    ).toMatchObject({
      id: 'mid-third-2',
      passed: false
    })
    expect(deciding([self, draft], '中期')).toBeNull()
    expect(deciding(project1, '末期')?.id).toBe('final')
    expect(deciding(project1, '年度', 2025)?.id).toBe('y2025')
    expect(deciding(project1, '年度', 2024)).toBeNull()
  })
})

describe('checkStoredProjectEvaluation', () => {
  it('lists every stored field', () => {
    expect([...PROJECT_EVALUATION_FIELDS].sort()).toEqual(Object.keys(stored(evaluation())).sort())
  })

  it('accepts a draft, a 定稿 and a 定稿 correction', () => {
    expect(checkStoredProjectEvaluation(stored(evaluation())).ok).toBe(true)
    expect(checkStoredProjectEvaluation(stored(finalized({ supersededById: 'pe-2' }))).ok).toBe(
      true
    )
    const correction = startCorrection(finalized(), '服务人次统计重复计算')
    expect(correction.ok && checkStoredProjectEvaluation(correction.value).ok).toBe(true)
  })

  it.each<[Partial<ProjectEvaluation>, string, string]>([
    [{ total: 90 }, 'total', '定稿评估的总分 90 与各指标得分合计不符'],
    [{ grade: null }, 'status', '定稿的评估缺少总分、等级、定稿时间或定稿人'],
    [{ finalizedBy: null }, 'status', '定稿的评估缺少总分、等级、定稿时间或定稿人'],
    [{ version: 2 }, 'supersedesId', '第 2 版是更正版本，缺少被更正的版本'],
    [{ version: 2, supersedesId: 'pe-0' }, 'correctionReason', '第 2 版是更正版本，缺少更正原因'],
    [{ supersedesId: 'pe-0' }, 'supersedesId', '第 1 版不是更正版本，不应有被更正版本或更正原因'],
    [{ version: 0 }, 'version', '版本从 1 开始'],
    [
      { scores: scores([16, ...FULL.slice(1)]) },
      'scores.0.score',
      '“活动场次”得分须在 0 到 15 之间，现为 16'
    ]
  ])('refuses a 定稿 with %j', (patch, field, message) => {
    expect(
      issuesOf(checkStoredProjectEvaluation({ ...stored(finalized()), ...patch }))
    ).toContainEqual({ field, level: 'error', message })
  })

  it('refuses a superseded draft', () => {
    expect(
      issuesOf(checkStoredProjectEvaluation(stored(evaluation({ supersededById: 'pe-2' }))))
    ).toEqual(errors('草稿不能被更正版本取代', 'supersededById'))
  })
})

describe('draftProjectEvaluation', () => {
  it('starts version 1 with nothing computed', () => {
    const checked = checkProjectEvaluationDraft(draftInput, today)
    expect(checked.ok && draftProjectEvaluation(checked.value, 'org-1')).toEqual({
      ...draftInput,
      organizationId: 'org-1',
      version: 1,
      supersedesId: null,
      correctionReason: null,
      supersededById: null,
      status: '草稿',
      total: null,
      grade: null,
      passed: null,
      finalizedAt: null,
      finalizedBy: null
    })
  })
})
