import { describe, expect, it } from 'vitest'
import { DEFAULT_RATING_BANDS } from '@shared/domain/evaluations/grade-bands'
import type { Organization } from '@shared/domain/organizations/organization'
import {
  isFormField,
  organizationFormIssues,
  toDraft,
  toFormValues
} from '@renderer/features/organizations/organization-form-values'
import {
  organizationDraft,
  validIdNumber,
  validUscc,
  withWrongCheck
} from './organization-fixtures'

const today = '2026-11-22'

function stored(overrides: Partial<Organization> = {}): Organization {
  return {
    ...organizationDraft(),
    uscc: validUscc(1),
    filingNo: null,
    legalRepIdNumber: validIdNumber(),
    legalRepPhone: '13800138000',
    contactPhone: null,
    id: 'org-1',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    archivedAt: null,
    pinyin: '',
    pinyinInitials: '',
    ...overrides
  } as Organization
}

describe('organisation form values', () => {
  it('never puts the stored ID number into the form, and keeps it when left blank', () => {
    const record = stored()
    const values = toFormValues(record)
    expect(values.legalRepIdNumber).toBe('')
    expect(toDraft(values, record).legalRepIdNumber).toBe(record.legalRepIdNumber)
    const replaced = validIdNumber('11010519491231002')
    expect(toDraft({ ...values, legalRepIdNumber: replaced }, record).legalRepIdNumber).toBe(
      replaced
    )
  })

  it('starts a new record as a registered, locally grown 社会服务机构', () => {
    expect(toFormValues(null)).toMatchObject({
      legalForm: '社会服务机构',
      registrationStatus: '已登记',
      origin: '内生型',
      staffCount: 0,
      district: '',
      subdistrict: ''
    })
  })

  it('checks the USCC while other required fields are still empty', () => {
    const { code, expected } = withWrongCheck(validUscc(4))
    const draft = toDraft({ ...toFormValues(null), uscc: code }, null)
    const issues = organizationFormIssues(draft, today, DEFAULT_RATING_BANDS)
    expect(issues).toContainEqual({ field: 'name', level: 'error', message: '请填写组织名称' })
    expect(issues).toContainEqual(
      expect.objectContaining({
        field: 'uscc',
        level: 'error',
        message: expect.stringContaining(`应为“${expected}”`)
      })
    )
  })

  it('warns about a grade outside the bands before the rating date is entered', () => {
    const values = toFormValues(null)
    const draft = toDraft({ ...values, rating: { grade: '5A', score: 650, ratedOn: null } }, null)
    const issues = organizationFormIssues(draft, today, DEFAULT_RATING_BANDS)
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'rating.grade', level: 'warning' })
    )
    expect(issues).toContainEqual(
      expect.objectContaining({ field: 'rating.ratedOn', level: 'error' })
    )
  })

  it('addresses nested issues to their form fields', () => {
    expect(isFormField('rating.ratedOn')).toBe(true)
    expect(isFormField('annualChecks')).toBe(true)
    expect(isFormField('annualChecks.0.conclusion')).toBe(true)
    expect(isFormField('')).toBe(false)
    expect(isFormField('rating')).toBe(false)
  })
})
