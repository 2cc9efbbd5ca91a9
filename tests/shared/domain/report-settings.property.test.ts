import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_REPORT_FONT_SETTINGS,
  FALLBACK_FONT_NAME_MAX,
  fallbackFontInfoSchema,
  parseStoredReportFontSettings,
  reportFontSettingsSchema
} from '@shared/domain/report-settings'
import { FILE_KINDS } from '@shared/ipc/file-kinds'
import { propertyRuns } from '../../helpers/property-runs'
import { partlyBroken, storedJunk } from '../import/arbitraries'

const fallback = fc.record({
  name: fc
    .stringMatching(/^[\w\u4e00-\u9fa5-]{1,40}\.ttf$/)
    .filter((name) => name.length <= FALLBACK_FONT_NAME_MAX),
  byteSize: fc.integer({ min: 1, max: FILE_KINDS.font.maxOpenBytes }),
  characterCount: fc.integer({ min: 1, max: 200_000 })
})

describe('stored report font settings', () => {
  it('are read from anything as valid settings, never throwing', () => {
    fc.assert(
      fc.property(storedJunk, (stored) => {
        const settings = parseStoredReportFontSettings(stored)
        expect(reportFontSettingsSchema.safeParse(settings).success).toBe(true)
      }),
      propertyRuns(500)
    )
  })

  it('keep a valid font, and count a broken one as no font chosen', () => {
    fc.assert(
      fc.property(partlyBroken(fallback), ({ valid, stored, broken }) => {
        expect(parseStoredReportFontSettings({ fallback: valid })).toEqual({ fallback: valid })
        const settings = parseStoredReportFontSettings({ fallback: stored })
        // Junk may happen to be a valid value for its field; then the font is still a font.
        const stillValid = fallbackFontInfoSchema.safeParse(stored)
        expect(settings).toEqual(
          broken.size === 0 || stillValid.success
            ? { fallback: stillValid.data }
            : DEFAULT_REPORT_FONT_SETTINGS
        )
      }),
      propertyRuns(500)
    )
  })
})
