import { describe, expect, it } from 'vitest'
import { act, render, renderHook } from '@testing-library/react'
import { Form, Input, type FormInstance } from 'antd'
import { z } from 'zod'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import {
  formFieldName,
  issueRules,
  placeIssues,
  placeSaveError,
  schemaRule
} from '@renderer/components/form-issues'

const ISSUES: FieldIssue[] = [
  { field: 'uscc', level: 'error', message: '第 18 位校验码应为 X' },
  { field: 'uscc', level: 'warning', message: '前两位不是社会组织' },
  { field: 'rating.ratedOn', level: 'error', message: '评估日期不能晚于今天' },
  { field: '', level: 'error', message: '这条记录已归档' },
  { field: 'unknown', level: 'warning', message: '无处显示的提醒' }
]

const onlyKnown = (path: string) =>
  path === 'uscc' || path === 'rating.ratedOn' ? formFieldName(path) : null

/** A form with the two fields the issues can land on, as antd only keeps errors of mounted fields. */
function renderForm(): FormInstance {
  const { result } = renderHook(() => Form.useForm()[0])
  render(
    <Form form={result.current}>
      <Form.Item name="uscc">
        <Input />
      </Form.Item>
      <Form.Item name={['rating', 'ratedOn']}>
        <Input />
      </Form.Item>
    </Form>
  )
  return result.current
}

describe('form issues', () => {
  it('turns dotted paths into antd name paths, list indexes as numbers', () => {
    expect(formFieldName('annualChecks.2.year')).toEqual(['annualChecks', 2, 'year'])
    expect(formFieldName('uscc')).toEqual(['uscc'])
  })

  it('puts errors and warnings at their fields and hands back the errors no field shows', () => {
    const form = renderForm()
    let general: string[] = []
    act(() => {
      general = placeIssues(form, ISSUES, onlyKnown)
    })
    expect(general).toEqual(['这条记录已归档'])
    expect(form.getFieldError(['uscc'])).toEqual(['第 18 位校验码应为 X'])
    expect(form.getFieldWarning(['uscc'])).toEqual(['前两位不是社会组织'])
    expect(form.getFieldError(['rating', 'ratedOn'])).toEqual(['评估日期不能晚于今天'])
  })

  it('shows a failure that is not a refusal as one line', () => {
    const form = renderForm()
    expect(placeSaveError(form, new Error('磁盘已满'), onlyKnown)).toEqual(['磁盘已满'])
    let general: string[] = []
    act(() => {
      general = placeSaveError(form, new RecordValidationError(ISSUES), onlyKnown)
    })
    expect(general).toEqual(['这条记录已归档'])
    expect(form.getFieldError(['uscc'])).toEqual(['第 18 位校验码应为 X'])
  })

  it('turns a field’s findings into an error rule and a warning-only rule', async () => {
    let findings: FieldIssue[] = ISSUES.filter((issue) => issue.field === 'uscc')
    const [errors, warnings] = issueRules(() => findings)
    expect(errors!.warningOnly).toBeUndefined()
    expect(warnings!.warningOnly).toBe(true)
    await expect(errors!.validator()).rejects.toThrow('第 18 位校验码应为 X')
    await expect(warnings!.validator()).rejects.toThrow('前两位不是社会组织')
    findings = []
    await expect(errors!.validator()).resolves.toBeUndefined()
    await expect(warnings!.validator()).resolves.toBeUndefined()
  })

  it('checks a field with the schema the repository uses, giving its first message', async () => {
    const rule = schemaRule(z.number({ error: '须为数字' }).min(1, '至少为 1')) as {
      validator(rule: unknown, value: unknown): Promise<void>
    }
    await expect(rule.validator({}, 3)).resolves.toBeUndefined()
    await expect(rule.validator({}, 0)).rejects.toThrow('至少为 1')
    await expect(rule.validator({}, 'x')).rejects.toThrow('须为数字')
  })
})
