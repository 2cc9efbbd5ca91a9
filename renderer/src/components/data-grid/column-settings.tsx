/** 列设置: which columns the grid shows. At least one column always stays visible. */
import { Button, Checkbox, Popover } from 'antd'
import { SettingOutlined } from '@ant-design/icons'
import { GRID_STRINGS as S } from './strings'
import type { DataGridColumn } from './types'

export interface ColumnSettingsProps<T> {
  columns: ReadonlyArray<DataGridColumn<T>>
  isVisible: (id: string) => boolean
  onToggle: (id: string, visible: boolean) => void
  onReset: () => void
}

export function ColumnSettings<T>({
  columns,
  isVisible,
  onToggle,
  onReset
}: ColumnSettingsProps<T>) {
  const visibleCount = columns.filter((c) => isVisible(c.id)).length
  const content = (
    <div className="sl-grid-columns" role="group" aria-label={S.columnSettings}>
      {columns
        .filter((c) => c.hideable !== false)
        .map((c) => {
          const visible = isVisible(c.id)
          return (
            <Checkbox
              key={c.id}
              checked={visible}
              disabled={visible && visibleCount === 1}
              onChange={(event) => onToggle(c.id, event.target.checked)}
            >
              {c.header}
            </Checkbox>
          )
        })}
      <Button size="small" onClick={onReset}>
        {S.columnSettingsReset}
      </Button>
    </div>
  )
  return (
    <Popover trigger="click" placement="bottomRight" content={content}>
      <Button icon={<SettingOutlined />}>{S.columnSettings}</Button>
    </Popover>
  )
}
