/**
 * A date field whose value is the `YYYY-MM-DD` string the records store, so forms hand their
 * values to the repositories as they are.
 */
import { DatePicker } from 'antd'
import dayjs from 'dayjs'
import type { IsoDate } from '@shared/domain/dates'

export interface IsoDateInputProps {
  value?: IsoDate | null
  onChange?: (value: IsoDate | null) => void
  /** Days after this one cannot be picked (steps and services are never in the future). */
  notAfter?: IsoDate
  allowClear?: boolean
  placeholder?: string
  id?: string
}

export function IsoDateInput({
  value,
  onChange,
  notAfter,
  allowClear = false,
  placeholder,
  id
}: IsoDateInputProps) {
  return (
    <DatePicker
      id={id}
      value={value ? dayjs(value) : null}
      onChange={(date) => onChange?.(date ? date.format('YYYY-MM-DD') : null)}
      format="YYYY-MM-DD"
      allowClear={allowClear}
      placeholder={placeholder}
      disabledDate={notAfter ? (date) => date.format('YYYY-MM-DD') > notAfter : undefined}
      style={{ width: '100%' }}
    />
  )
}
