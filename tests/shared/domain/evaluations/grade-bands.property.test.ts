import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_EVALUATION_BANDS,
  DEFAULT_RATING_BANDS,
  gradingSettingsSchema,
  parseStoredGradingSettings
} from '@shared/domain/evaluations/grade-bands'
import { propertyRuns } from '../../../helpers/property-runs'
import { storedJunk } from '../../import/arbitraries'

/** `count` different scores from `max` down, as a table of bands from the top grade. */
const descending = (count: number, max: number) =>
  fc
    .uniqueArray(fc.integer({ min: 0, max: max * 10 }), { minLength: count, maxLength: count })
    .map((scores) => scores.sort((a, b) => b - a).map((score) => score / 10))

const evaluationBands = descending(3, 100).map(([优秀, 良好, 合格]) => ({ 优秀, 良好, 合格 }))
const ratingBands = descending(5, 1100).map((lines) =>
  Object.fromEntries(['5A', '4A', '3A', '2A', '1A'].map((grade, index) => [grade, lines[index]!]))
)

describe('stored grading settings', () => {
  it('are read from anything as valid settings, never throwing', () => {
    fc.assert(
      fc.property(
        fc.oneof(storedJunk, fc.record({ evaluationBands: storedJunk, ratingBands: storedJunk })),
        (stored) => {
          expect(gradingSettingsSchema.safeParse(parseStoredGradingSettings(stored)).success).toBe(
            true
          )
        }
      ),
      propertyRuns(500)
    )
  })

  it('keep each valid table, and fall back to the default for a broken one', () => {
    fc.assert(
      fc.property(
        fc.option(evaluationBands),
        fc.option(ratingBands),
        storedJunk,
        (evaluation, rating, junk) => {
          const settings = parseStoredGradingSettings({
            evaluationBands: evaluation ?? junk,
            ratingBands: rating ?? junk
          })
          expect(settings.evaluationBands).toEqual(
            evaluation ??
              gradingSettingsSchema.shape.evaluationBands.safeParse(junk).data ??
              DEFAULT_EVALUATION_BANDS
          )
          expect(settings.ratingBands).toEqual(
            rating ??
              gradingSettingsSchema.shape.ratingBands.safeParse(junk).data ??
              DEFAULT_RATING_BANDS
          )
        }
      ),
      propertyRuns(500)
    )
  })
})
