/**
 * 社区: the third leg of 三社联动 (DESIGN.md §3). A community belongs to a subdistrict (街道)
 * of a district, may carry its 12-digit statistical division code, and counts its households,
 * residents and grids (网格).
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import { countField, optionalTextField, textField } from '../fields'
import { parseDivisionCode } from '../identifiers/division-code'
import type { NamedRecord } from '../records'

export interface Community extends NamedRecord {
  district: string
  subdistrict: string
  divisionCode: string | null
  households: number
  population: number
  grids: number
}

export const communityDraftSchema = z.strictObject({
  name: textField('社区名称', 60, true),
  district: textField('区县', 30, true),
  subdistrict: textField('街道', 30, true),
  divisionCode: optionalTextField('区划代码', 20),
  households: countField('户数'),
  population: countField('人口'),
  grids: countField('网格数', 10_000)
})

/** Valid values for broken fields (standInFor), so the rule still checks the others. */
export const COMMUNITY_STAND_INS: Readonly<z.input<typeof communityDraftSchema>> = {
  name: '—',
  district: '—',
  subdistrict: '—',
  divisionCode: null,
  households: 0,
  population: 0,
  grids: 0
}

export type CommunityFields = z.output<typeof communityDraftSchema>

export function checkCommunity(input: unknown): CheckResult<CommunityFields> {
  return checkRecord(communityDraftSchema, input, (value) => {
    const issues: FieldIssue[] = []
    if (value.divisionCode) {
      const parsed = parseDivisionCode(value.divisionCode)
      if (!parsed.ok)
        issues.push({ field: 'divisionCode', level: 'error', message: parsed.message })
    }
    if (value.households > value.population && value.population > 0) {
      issues.push({ field: 'households', level: 'warning', message: '户数多于人口，请核对' })
    }
    return { value, issues }
  })
}
