/**
 * A person's ID number in a form (a legal representative's, a social worker's). A stored number is never put back on screen
 * in full: the field shows it masked, and 修改 opens an empty input for a new one (left blank, the
 * stored number stays).
 */
import { useState } from 'react'
import { Button, Input, Space, Typography } from 'antd'
import { maskIdNumber } from '@shared/domain/identifiers/masking'

const S = {
  changeIdNumber: '修改',
  keepIdNumber: '不修改',
  idNumberPlaceholder: '输入新的身份证号；留空则保留原号码'
}

export interface IdNumberInputProps {
  /** The number stored on the record being edited; null when creating or when there is none. */
  stored: string | null
  id?: string
  value?: string
  onChange?: (value: string) => void
  onBlur?: () => void
}

export function IdNumberInput({ stored, id, value, onChange, onBlur }: IdNumberInputProps) {
  const [changing, setChanging] = useState(false)

  if (stored && !changing) {
    return (
      <Space>
        <Typography.Text>{maskIdNumber(stored)}</Typography.Text>
        <Button size="small" onClick={() => setChanging(true)}>
          {S.changeIdNumber}
        </Button>
      </Space>
    )
  }
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        id={id}
        value={value}
        onChange={(event) => onChange?.(event.target.value)}
        onBlur={onBlur}
        autoComplete="off"
        autoFocus={changing}
        placeholder={stored ? S.idNumberPlaceholder : undefined}
      />
      {stored ? (
        <Button
          onClick={() => {
            onChange?.('')
            setChanging(false)
          }}
        >
          {S.keepIdNumber}
        </Button>
      ) : null}
    </Space.Compact>
  )
}
