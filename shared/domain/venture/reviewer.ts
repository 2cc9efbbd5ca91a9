/**
 * 评审专家库: the experts an office invites to score applications (DESIGN.md §3 `reviewers`).
 * The pool is shared by every round; what matters for fairness is the affiliation, which the
 * conflict check compares with each applicant (conflict.ts).
 */
import { z } from 'zod'
import { checkRecord, type CheckResult, type FieldIssue } from '../check'
import { checkPhoneField, optionalTextField, textField } from '../fields'
import { validateUscc } from '../identifiers/uscc'
import type { NamedRecord } from '../records'

export interface Reviewer extends NamedRecord {
  /** 工作单位; null for an independent expert. */
  affiliation: string | null
  /** 工作单位's 统一社会信用代码, when known: the surest conflict check. */
  affiliationUscc: string | null
  /** 职称 / 职务, e.g. 副教授, 高级社会工作师. */
  title: string | null
  /** 擅长领域, e.g. 为老服务, 财务. */
  expertise: string[]
  /** Shown masked in lists. */
  phone: string | null
  note: string | null
}

export const reviewerDraftSchema = z.strictObject({
  name: textField('专家姓名', 20, true),
  affiliation: optionalTextField('工作单位', 60),
  affiliationUscc: optionalTextField('单位统一社会信用代码', 30),
  title: optionalTextField('职称 / 职务', 30),
  expertise: z
    .array(textField('擅长领域', 20, true))
    .max(10, '擅长领域最多 10 项')
    .transform((items) => [...new Set(items)]),
  phone: optionalTextField('联系电话', 20),
  note: optionalTextField('备注', 500)
})

export type ReviewerDraft = z.input<typeof reviewerDraftSchema>
export type ReviewerFields = z.output<typeof reviewerDraftSchema>

/** Shape, phone format, and the USCC check digit when a code is given. */
export function checkReviewer(input: unknown): CheckResult<ReviewerFields> {
  return checkRecord(reviewerDraftSchema, input, (value) => {
    const issues: FieldIssue[] = []
    checkPhoneField('phone', value.phone, issues)
    let affiliationUscc = value.affiliationUscc
    if (affiliationUscc !== null) {
      const result = validateUscc(affiliationUscc)
      affiliationUscc = result.normalized
      for (const issue of result.issues) {
        // The class prefix rule is about social organisations; an expert's employer may be a
        // university or a company, so only real errors count here.
        if (issue.level === 'error') {
          issues.push({ field: 'affiliationUscc', level: 'error', message: issue.message })
        }
      }
    }
    if (affiliationUscc !== null && value.affiliation === null) {
      issues.push({
        field: 'affiliation',
        level: 'error',
        message: '填写了单位统一社会信用代码，请同时填写工作单位'
      })
    }
    return { value: { ...value, affiliationUscc }, issues }
  })
}
