/**
 * How every form shows the shared rules' findings: each issue at the form field it is about
 * (errors and warnings alike), the rest handed back as lines for an Alert above the form; and
 * field rules that give exactly the message the repository would.
 */
import type { FormInstance } from 'antd'
import type { Rule } from 'antd/es/form'
import type { z } from 'zod'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import { errorText } from '@shared/text/error-text'

export type FieldName = string | (string | number)[]

/** `rating.ratedOn` → `['rating', 'ratedOn']`; `scorecard.2.weight` → `['scorecard', 2, 'weight']`. */
export function formFieldName(path: string): (string | number)[] {
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part))
}

/**
 * Puts each issue on the field `fieldFor` names for its dotted path (null: the form has no
 * such field) and returns the error messages no field shows.
 */
export function placeIssues(
  form: FormInstance,
  issues: readonly FieldIssue[],
  fieldFor: (path: string) => FieldName | null
): string[] {
  const byField = new Map<string, { name: FieldName; errors: string[]; warnings: string[] }>()
  const general: string[] = []
  for (const issue of issues) {
    const name = fieldFor(issue.field)
    if (name === null) {
      if (issue.level === 'error') general.push(issue.message)
      continue
    }
    const key = JSON.stringify(name)
    const entry = byField.get(key) ?? { name, errors: [], warnings: [] }
    if (issue.level === 'error') entry.errors.push(issue.message)
    else entry.warnings.push(issue.message)
    byField.set(key, entry)
  }
  form.setFields([...byField.values()])
  return general
}

/**
 * A failed save: a refusal's issues placed as {@link placeIssues} does, anything else (a
 * database error) as one line.
 */
export function placeSaveError(
  form: FormInstance,
  error: unknown,
  fieldFor: (path: string) => FieldName | null
): string[] {
  if (!(error instanceof RecordValidationError)) return [errorText(error)]
  return placeIssues(form, error.issues, fieldFor)
}

/**
 * A field's two rules from the shared rules' findings as the user types: `issues` gives what
 * they find about the field on the form as it stands; its errors block saving, its warnings
 * only show. The rules fit Form.List as well as Form.Item.
 */
export function issueRules(
  issues: () => readonly FieldIssue[]
): { warningOnly?: boolean; validator(): Promise<void> }[] {
  const at = (level: FieldIssue['level']) => async () => {
    const messages = issues()
      .filter((issue) => issue.level === level)
      .map((issue) => issue.message)
    if (messages.length > 0) throw new Error(messages.join('；'))
  }
  return [{ validator: at('error') }, { warningOnly: true, validator: at('warning') }]
}

/** A field rule giving the first message of `schema`, the one a save would give. */
export function schemaRule(schema: z.ZodType): Rule {
  return {
    validator: async (_rule, value: unknown) => {
      const result = schema.safeParse(value)
      if (!result.success) throw new Error(result.error.issues[0]?.message)
    }
  }
}
