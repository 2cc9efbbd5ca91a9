/**
 * Score bands, configurable per office because they differ by locality (domain-cn.md §2.3, §4):
 *  - evaluation grades 优秀 / 良好 / 合格 / 不合格 on a 100-point total (DESIGN.md §3 defaults
 *    ≥90 / ≥80 / ≥60), used by incubation assessments now and project evaluations later;
 *  - 社会组织等级评估 grades 1A–5A on the jurisdiction's 1000-point scale.
 * Never hard-coded elsewhere: every rule that needs a band takes the office's table.
 */
import { z } from 'zod'

export const EVALUATION_GRADES = ['优秀', '良好', '合格', '不合格'] as const
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number]

/** Lowest total (inclusive) for each passing grade; anything below 合格 is 不合格. */
export interface EvaluationBands {
  优秀: number
  良好: number
  合格: number
}

export const DEFAULT_EVALUATION_BANDS: Readonly<EvaluationBands> = { 优秀: 90, 良好: 80, 合格: 60 }

const bandScore = (label: string, max: number) =>
  z
    .number({ error: `${label}须为数字` })
    .min(0, `${label}不能为负`)
    .max(max, `${label}不能超过 ${max}`)

export const evaluationBandsSchema = z
  .strictObject({
    优秀: bandScore('优秀分数线', 100),
    良好: bandScore('良好分数线', 100),
    合格: bandScore('合格分数线', 100)
  })
  .refine((bands) => bands.优秀 > bands.良好 && bands.良好 > bands.合格, {
    message: '分数线须从优秀到合格依次降低',
    path: ['良好']
  })

/** The grade a total earns under `bands`. */
export function evaluationGrade(total: number, bands: EvaluationBands): EvaluationGrade {
  if (total >= bands.优秀) return '优秀'
  if (total >= bands.良好) return '良好'
  if (total >= bands.合格) return '合格'
  return '不合格'
}

export function isPassingGrade(grade: EvaluationGrade): boolean {
  return grade !== '不合格'
}

/** Lowest score (inclusive) of each 等级评估 grade, on the 1000-point scale. */
export interface RatingBands {
  '5A': number
  '4A': number
  '3A': number
  '2A': number
  '1A': number
}

/**
 * 洛阳瀍河区 2025 (domain-cn.md §2.3): 5A ≥900, 4A 800–899, 3A 700–799, 2A 600–699, 1A ≤599.
 * A default to edit, not a national rule: 安庆 uses >950 / 901–950 / … / 701–800.
 */
export const DEFAULT_RATING_BANDS: Readonly<RatingBands> = {
  '5A': 900,
  '4A': 800,
  '3A': 700,
  '2A': 600,
  '1A': 0
}

export const ratingBandsSchema = z
  .strictObject({
    '5A': bandScore('5A 分数线', 1100),
    '4A': bandScore('4A 分数线', 1100),
    '3A': bandScore('3A 分数线', 1100),
    '2A': bandScore('2A 分数线', 1100),
    '1A': bandScore('1A 分数线', 1100)
  })
  .refine(
    (bands) =>
      bands['5A'] > bands['4A'] &&
      bands['4A'] > bands['3A'] &&
      bands['3A'] > bands['2A'] &&
      bands['2A'] > bands['1A'],
    { message: '分数线须从 5A 到 1A 依次降低', path: ['4A'] }
  )

/** The grade a score reaches under `bands`, or null when it is below the 1A line. */
export function ratingGradeForScore(score: number, bands: RatingBands): keyof RatingBands | null {
  for (const grade of ['5A', '4A', '3A', '2A', '1A'] as const) {
    if (score >= bands[grade]) return grade
  }
  return null
}

/** The office's bands, stored together under 设置 → 评分标准. */
export interface GradingSettings {
  evaluationBands: EvaluationBands
  ratingBands: RatingBands
}

export const DEFAULT_GRADING_SETTINGS: Readonly<GradingSettings> = {
  evaluationBands: { ...DEFAULT_EVALUATION_BANDS },
  ratingBands: { ...DEFAULT_RATING_BANDS }
}

export const gradingSettingsSchema = z.strictObject({
  evaluationBands: evaluationBandsSchema,
  ratingBands: ratingBandsSchema
})

/** Reads what is stored; a missing or invalid table falls back to its default. */
export function parseStoredGradingSettings(stored: unknown): GradingSettings {
  const record = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<
    string,
    unknown
  >
  const evaluationBands = evaluationBandsSchema.safeParse(record.evaluationBands)
  const ratingBands = ratingBandsSchema.safeParse(record.ratingBands)
  return {
    evaluationBands: evaluationBands.success
      ? evaluationBands.data
      : { ...DEFAULT_EVALUATION_BANDS },
    ratingBands: ratingBands.success ? ratingBands.data : { ...DEFAULT_RATING_BANDS }
  }
}
