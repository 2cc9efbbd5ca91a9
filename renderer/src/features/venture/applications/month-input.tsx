/** A month field whose value is the `YYYY-MM` string an activity plan stores. */
import { DatePicker } from 'antd'
import dayjs from 'dayjs'

export interface MonthInputProps {
  value?: string | null
  onChange?: (value: string) => void
  id?: string
  'aria-label'?: string
}

export function MonthInput({ value, onChange, id, 'aria-label': ariaLabel }: MonthInputProps) {
  const parsed = value ? dayjs(`${value}-01`) : null
  return (
    <DatePicker
      id={id}
      aria-label={ariaLabel}
      picker="month"
      format="YYYY-MM"
      value={parsed?.isValid() ? parsed : null}
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM') : '')}
      allowClear={false}
      style={{ width: 130 }}
    />
  )
}
