/**
 * A scorecard: dimensions with weights totalling 100, each scored 0–100. The weighted total is
 * Σ weight × score / 100, so it is on the same 100-point scale the grade bands use.
 *
 * An evaluation copies the office's scorecard when it is started, so later edits to the
 * template never change an evaluation already made.
 */
import { z } from 'zod'
import { roundTo } from '../decimals'
import { charCount } from '../validation'

export interface ScorecardDimension {
  /** Stable key, so trends over time line up even after a dimension is renamed. */
  key: string
  name: string
  /** Share of the total, in points; all weights of a scorecard add up to 100. */
  weight: number
}

export interface ScoredDimension extends ScorecardDimension {
  /** 0–100; null until scored. */
  score: number | null
}

export const SCORECARD_WEIGHT_TOTAL = 100

const dimensionSchema = z.strictObject({
  key: z.string().trim().min(1, '维度缺少编号').max(40, '维度编号过长'),
  name: z
    .string({ error: '维度名称须为文字' })
    .trim()
    .min(1, '请填写维度名称')
    .refine((value) => charCount(value) <= 20, { message: '维度名称不能超过 20 个字' }),
  weight: z
    .number({ error: '权重须为数字' })
    .int('权重须为整数')
    .min(1, '权重至少为 1')
    .max(100, '权重不能超过 100')
})

/** Issues of a list of dimensions that shape alone cannot see: totals and repeats. */
function dimensionListRefinements(
  dimensions: readonly ScorecardDimension[],
  context: z.RefinementCtx
): void {
  const total = dimensions.reduce((sum, dimension) => sum + dimension.weight, 0)
  if (total !== SCORECARD_WEIGHT_TOTAL) {
    context.addIssue({
      code: 'custom',
      message: `各维度权重合计须为 ${SCORECARD_WEIGHT_TOTAL}，现为 ${total}`
    })
  }
  const names = dimensions.map((dimension) => dimension.name)
  if (new Set(names).size !== names.length) {
    context.addIssue({ code: 'custom', message: '维度名称不能重复' })
  }
  const keys = dimensions.map((dimension) => dimension.key)
  if (new Set(keys).size !== keys.length) {
    context.addIssue({ code: 'custom', message: '维度编号不能重复' })
  }
}

export const scorecardSchema = z
  .array(dimensionSchema)
  .min(1, '评分表至少要有一个维度')
  .max(20, '评分表最多 20 个维度')
  .superRefine(dimensionListRefinements)

const scoreSchema = z
  .number({ error: '得分须为数字' })
  .min(0, '得分不能为负')
  .max(100, '得分不能超过 100')

export const scoredDimensionsSchema = z
  .array(dimensionSchema.extend({ score: scoreSchema.nullable() }))
  .min(1, '评分表至少要有一个维度')
  .max(20, '评分表最多 20 个维度')
  .superRefine(dimensionListRefinements)

/** A fresh, unscored copy of a scorecard. */
export function blankScores(scorecard: readonly ScorecardDimension[]): ScoredDimension[] {
  return scorecard.map((dimension) => ({ ...dimension, score: null }))
}

/**
 * The weighted total, rounded to one decimal, or null while any dimension is unscored (a
 * partial total would read like a low score).
 */
export function weightedTotal(dimensions: readonly ScoredDimension[]): number | null {
  let total = 0
  for (const dimension of dimensions) {
    if (dimension.score === null) return null
    total += (dimension.weight * dimension.score) / SCORECARD_WEIGHT_TOTAL
  }
  return roundTo(total, 1)
}
