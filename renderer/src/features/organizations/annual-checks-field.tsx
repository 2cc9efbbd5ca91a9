/** The editable list of 年检 / 年报 results in the organisation form, one row per year. */
import { Form, InputNumber, Select } from 'antd'
import type { FormInstance } from 'antd'
import { ListField } from '@renderer/components/list-field'
import type { IsoDate } from '@shared/domain/dates'
import {
  ANNUAL_CHECK_CONCLUSIONS,
  ANNUAL_CHECK_MODES
} from '@shared/domain/organizations/organization'
import { latestDueAnnualCheckYear } from '@shared/domain/organizations/rating'
import type { AnnualCheckFormValues, IssueRule } from './organization-form-values'
import { ORGANIZATION_STRINGS as S } from './strings'

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }))

/**
 * The row a click on 添加年度 adds: the latest year whose check is due, or the year before the
 * earliest one recorded when that is already there (staff usually enter a backlog newest first).
 */
function nextRow(rows: readonly AnnualCheckFormValues[], today: IsoDate): AnnualCheckFormValues {
  const years = rows.map((row) => row.year).filter((year): year is number => year !== null)
  const due = latestDueAnnualCheckYear(today)
  return {
    year: years.includes(due) ? Math.min(...years) - 1 : due,
    mode: rows[0]?.mode ?? '年检',
    conclusion: '合格'
  }
}

export interface AnnualChecksFieldProps {
  form: FormInstance
  today: IsoDate
  /** Rules that show the shared rule's findings at the field with this dotted path. */
  rulesFor(path: string): IssueRule[]
}

export function AnnualChecksField({ form, today, rulesFor }: AnnualChecksFieldProps) {
  return (
    <ListField
      name="annualChecks"
      rules={rulesFor('annualChecks')}
      rowLabel={S.sectionAnnualChecks}
      removeLabel={S.removeAnnualCheck}
      addLabel={S.addAnnualCheck}
      onAdd={(add) => {
        const rows: AnnualCheckFormValues[] = form.getFieldValue('annualChecks') ?? []
        const row = nextRow(rows, today)
        add(row, rows.some((other) => (other.year ?? 0) > (row.year ?? 0)) ? undefined : 0)
      }}
      renderRow={(name) => (
        <>
          <Form.Item
            name={[name, 'year']}
            rules={[
              { required: true, message: S.annualCheckYearRequired },
              ...rulesFor(`annualChecks.${name}.year`)
            ]}
            style={{ marginBottom: 8 }}
          >
            <InputNumber
              aria-label={S.annualCheckYear}
              precision={0}
              min={1990}
              max={2100}
              suffix="年度"
              style={{ width: 130 }}
            />
          </Form.Item>
          <Form.Item name={[name, 'mode']} style={{ marginBottom: 8 }}>
            <Select
              aria-label={S.annualCheckMode}
              options={options(ANNUAL_CHECK_MODES)}
              style={{ width: 90 }}
            />
          </Form.Item>
          <Form.Item name={[name, 'conclusion']} style={{ marginBottom: 8 }}>
            <Select
              aria-label={S.annualCheckConclusion}
              options={options(ANNUAL_CHECK_CONCLUSIONS)}
              style={{ width: 110 }}
            />
          </Form.Item>
        </>
      )}
    />
  )
}
