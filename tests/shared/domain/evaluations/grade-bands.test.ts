import { describe, expect, it } from 'vitest'
import { checkRecord } from '@shared/domain/check'
import {
  DEFAULT_EVALUATION_BANDS,
  DEFAULT_GRADING_SETTINGS,
  DEFAULT_RATING_BANDS,
  EVALUATION_GRADES,
  evaluationBandsSchema,
  evaluationGrade,
  gradingSettingsSchema,
  isPassingGrade,
  parseStoredGradingSettings,
  ratingBandsSchema,
  ratingGradeForScore,
  type EvaluationGrade,
  type RatingBands
} from '@shared/domain/evaluations/grade-bands'

const checkWith = (schema: Parameters<typeof checkRecord>[0]) => (input: unknown) =>
  checkRecord(schema, input, (value) => ({ value, issues: [] }))

describe('evaluationGrade', () => {
  it.each<[number, EvaluationGrade]>([
    [100, '优秀'],
    [90, '优秀'],
    [89.9, '良好'],
    [80, '良好'],
    [79.9, '合格'],
    [60, '合格'],
    [59.9, '不合格'],
    [0, '不合格']
  ])('grades %s as %s under the default bands (edges inclusive)', (total, grade) => {
    expect(evaluationGrade(total, DEFAULT_EVALUATION_BANDS)).toBe(grade)
  })

  it('follows the office’s own bands', () => {
    const strict = { 优秀: 95, 良好: 85, 合格: 70 }
    expect(evaluationGrade(94.9, strict)).toBe('良好')
    expect(evaluationGrade(85, strict)).toBe('良好')
    expect(evaluationGrade(69.9, strict)).toBe('不合格')
    expect(evaluationGrade(70, strict)).toBe('合格')
  })

  it.each<[EvaluationGrade, boolean]>([
    ['优秀', true],
    ['良好', true],
    ['合格', true],
    ['不合格', false]
  ])('counts %s as passing: %s', (grade, passing) => {
    expect(isPassingGrade(grade)).toBe(passing)
  })

  it('lists the grades from best to worst', () => {
    expect(EVALUATION_GRADES).toEqual(['优秀', '良好', '合格', '不合格'])
  })
})

describe('ratingGradeForScore', () => {
  it.each<[number, keyof RatingBands | null]>([
    [1000, '5A'],
    [900, '5A'],
    [899.5, '4A'],
    [800, '4A'],
    [799, '3A'],
    [700, '3A'],
    [699, '2A'],
    [600, '2A'],
    [599, '1A'],
    [0, '1A']
  ])('gives %s points %s under the default (洛阳瀍河区) bands', (score, grade) => {
    expect(ratingGradeForScore(score, DEFAULT_RATING_BANDS)).toBe(grade)
  })

  it('gives no grade below the 1A line', () => {
    const anqing: RatingBands = { '5A': 951, '4A': 901, '3A': 851, '2A': 801, '1A': 701 }
    expect(ratingGradeForScore(700, anqing)).toBeNull()
    expect(ratingGradeForScore(701, anqing)).toBe('1A')
    expect(ratingGradeForScore(950, anqing)).toBe('4A')
    expect(ratingGradeForScore(951, anqing)).toBe('5A')
  })
})

describe('evaluationBandsSchema', () => {
  const check = checkWith(evaluationBandsSchema)

  it('accepts the defaults and other falling lines', () => {
    expect(check(DEFAULT_EVALUATION_BANDS)).toMatchObject({ ok: true })
    expect(check({ 优秀: 100, 良好: 75.5, 合格: 0 })).toMatchObject({ ok: true })
  })

  it.each([
    ['equal to the next', { 优秀: 90, 良好: 90, 合格: 60 }],
    ['rising', { 优秀: 80, 良好: 90, 合格: 60 }],
    ['合格 not below 良好', { 优秀: 90, 良好: 60, 合格: 60 }]
  ])('refuses bands that are %s', (_case, bands) => {
    expect(check(bands)).toEqual({
      ok: false,
      issues: [{ field: '良好', level: 'error', message: '分数线须从优秀到合格依次降低' }]
    })
  })

  it.each([
    [{ 优秀: 101, 良好: 80, 合格: 60 }, '优秀', '优秀分数线不能超过 100'],
    [{ 优秀: 90, 良好: 80, 合格: -1 }, '合格', '合格分数线不能为负'],
    [{ 优秀: 90, 良好: '80', 合格: 60 }, '良好', '良好分数线须为数字'],
    [{ 优秀: 90, 良好: 80 }, '合格', '合格分数线须为数字']
  ])('refuses %j', (bands, field, message) => {
    expect(check(bands)).toEqual({ ok: false, issues: [{ field, level: 'error', message }] })
  })
})

describe('ratingBandsSchema', () => {
  const check = checkWith(ratingBandsSchema)

  it('accepts the defaults', () => {
    expect(check(DEFAULT_RATING_BANDS)).toMatchObject({ ok: true })
  })

  it.each<[string, RatingBands]>([
    ['5A = 4A', { '5A': 900, '4A': 900, '3A': 700, '2A': 600, '1A': 0 }],
    ['4A below 3A', { '5A': 900, '4A': 650, '3A': 700, '2A': 600, '1A': 0 }],
    ['2A = 1A', { '5A': 900, '4A': 800, '3A': 700, '2A': 600, '1A': 600 }]
  ])('refuses lines that do not fall (%s)', (_case, bands) => {
    expect(check(bands)).toEqual({
      ok: false,
      issues: [{ field: '4A', level: 'error', message: '分数线须从 5A 到 1A 依次降低' }]
    })
  })

  it('refuses a line above the 1100-point ceiling', () => {
    expect(check({ ...DEFAULT_RATING_BANDS, '5A': 1101 })).toEqual({
      ok: false,
      issues: [{ field: '5A', level: 'error', message: '5A 分数线不能超过 1100' }]
    })
  })
})

describe('grading settings', () => {
  it('default to the evaluation and rating defaults, and pass their own rules', () => {
    expect(DEFAULT_GRADING_SETTINGS).toEqual({
      evaluationBands: { 优秀: 90, 良好: 80, 合格: 60 },
      ratingBands: { '5A': 900, '4A': 800, '3A': 700, '2A': 600, '1A': 0 }
    })
    expect(checkWith(gradingSettingsSchema)(DEFAULT_GRADING_SETTINGS)).toMatchObject({ ok: true })
  })

  it.each([undefined, null, 'garbage', {}])('parses %j as the defaults', (stored) => {
    expect(parseStoredGradingSettings(stored)).toEqual(DEFAULT_GRADING_SETTINGS)
  })

  it('keeps valid stored tables', () => {
    const stored = {
      evaluationBands: { 优秀: 85, 良好: 75, 合格: 60 },
      ratingBands: { '5A': 951, '4A': 901, '3A': 851, '2A': 801, '1A': 701 }
    }
    expect(parseStoredGradingSettings(stored)).toEqual(stored)
  })

  it('falls back table by table: a broken one does not take the other with it', () => {
    expect(
      parseStoredGradingSettings({
        evaluationBands: { 优秀: 60, 良好: 80, 合格: 90 },
        ratingBands: { '5A': 951, '4A': 901, '3A': 851, '2A': 801, '1A': 701 }
      })
    ).toEqual({
      evaluationBands: DEFAULT_EVALUATION_BANDS,
      ratingBands: { '5A': 951, '4A': 901, '3A': 851, '2A': 801, '1A': 701 }
    })
    expect(
      parseStoredGradingSettings({
        evaluationBands: { 优秀: 95, 良好: 85, 合格: 70 },
        ratingBands: 3
      })
    ).toEqual({
      evaluationBands: { 优秀: 95, 良好: 85, 合格: 70 },
      ratingBands: DEFAULT_RATING_BANDS
    })
  })

  it('hands out copies, so editing the result cannot change the defaults', () => {
    const settings = parseStoredGradingSettings(undefined)
    settings.evaluationBands.合格 = 50
    settings.ratingBands['1A'] = 100
    expect(DEFAULT_EVALUATION_BANDS.合格).toBe(60)
    expect(DEFAULT_RATING_BANDS['1A']).toBe(0)
  })
})
