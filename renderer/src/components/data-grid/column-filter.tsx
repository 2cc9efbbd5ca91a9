/**
 * The filter button in a column header and its panel: ticked values for select filters (with
 * how many rows each would leave), contained text for text filters. Filters apply as the user
 * ticks or types, because filtering even 100k rows takes milliseconds.
 */
import { useMemo, useState } from 'react'
import { Button, Checkbox, Empty, Input, Popover } from 'antd'
import { FilterFilled, FilterOutlined } from '@ant-design/icons'
import type { Column } from '@tanstack/react-table'
import { compareZh } from '@shared/text/collator'
import { normalizeOptions, valueText } from './filtering'
import { GRID_STRINGS as S } from './strings'
import type { GridFeatures, GridRowData } from './table-model'
import type { DataGridColumn, DataGridFilterOption } from './types'

/** Lists with more options than this get a box to find an option. */
const FIND_THRESHOLD = 8

interface ColumnFilterProps<T extends GridRowData> {
  column: Column<GridFeatures, T, unknown>
  spec: DataGridColumn<T>
}

export function ColumnFilter<T extends GridRowData>({ column, spec }: ColumnFilterProps<T>) {
  const [open, setOpen] = useState(false)
  const active = column.getIsFiltered()
  const label = S.filterOf(spec.header)
  return (
    <Popover
      trigger="click"
      placement="bottomLeft"
      open={open}
      onOpenChange={setOpen}
      destroyOnHidden
      content={
        // Mounted only while open (destroyOnHidden): select panels count values over all rows.
        spec.filter?.kind === 'select' ? (
          <SelectFilterPanel column={column} spec={spec} label={label} />
        ) : (
          <TextFilterPanel column={column} label={label} />
        )
      }
    >
      <button
        type="button"
        className="sl-grid-icon-btn"
        aria-label={label}
        aria-haspopup="dialog"
        aria-expanded={open}
        data-active={active}
      >
        {active ? <FilterFilled /> : <FilterOutlined />}
      </button>
    </Popover>
  )
}

function SelectFilterPanel<T extends GridRowData>({
  column,
  spec,
  label
}: ColumnFilterProps<T> & { label: string }) {
  const [find, setFind] = useState('')
  // All rows, not just those the filters leave, so ticking one value never hides the others.
  const rows = column.table.options.data
  const declared = spec.filter?.kind === 'select' ? spec.filter.options : undefined
  const options = useMemo<DataGridFilterOption[]>(() => {
    if (declared) return normalizeOptions(declared)
    // Without declared options, offer every value present, in pinyin order.
    const values = new Set<string>()
    for (const row of rows) values.add(valueText(spec.value(row)))
    return [...values].sort(compareZh).map((value) => ({ value, label: value }))
  }, [declared, rows, spec])

  // Counts among the rows the search and the other filters leave (TanStack faceting).
  const counts = new Map<string, number>()
  for (const [value, count] of column.getFacetedUniqueValues()) {
    const key = valueText(value as string | number | null | undefined)
    counts.set(key, (counts.get(key) ?? 0) + count)
  }

  const ticked = new Set((column.getFilterValue() as string[] | undefined) ?? [])
  const setTicked = (value: string, checked: boolean) => {
    const next = new Set(ticked)
    if (checked) next.add(value)
    else next.delete(value)
    // Keep the declared order so the stored filter reads like the list.
    column.setFilterValue(options.map((o) => o.value).filter((v) => next.has(v)))
  }
  const needle = find.trim().toLowerCase()
  const shown = needle ? options.filter((o) => o.label.toLowerCase().includes(needle)) : options

  return (
    <div className="sl-grid-filter-panel">
      {options.length > FIND_THRESHOLD ? (
        <Input
          size="small"
          allowClear
          placeholder={S.filterOptionsSearch}
          aria-label={S.filterOptionsSearch}
          value={find}
          onChange={(event) => setFind(event.target.value)}
        />
      ) : null}
      <div className="sl-grid-filter-options" role="group" aria-label={label}>
        {shown.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={S.filterNoOptions} />
        ) : (
          shown.map((option) => (
            <Checkbox
              key={option.value}
              checked={ticked.has(option.value)}
              onChange={(event) => setTicked(option.value, event.target.checked)}
            >
              {option.label === '' ? S.blankValue : option.label}
              <span className="sl-grid-filter-count">
                {(counts.get(option.value) ?? 0).toLocaleString('zh-CN')}
              </span>
            </Checkbox>
          ))
        )}
      </div>
      <div className="sl-grid-filter-actions">
        <Button
          size="small"
          disabled={ticked.size === 0}
          onClick={() => column.setFilterValue(undefined)}
        >
          {S.filterClear}
        </Button>
      </div>
    </div>
  )
}

function TextFilterPanel<T extends GridRowData>({
  column,
  label
}: {
  column: Column<GridFeatures, T, unknown>
  label: string
}) {
  const value = (column.getFilterValue() as string | undefined) ?? ''
  return (
    <div className="sl-grid-filter-panel" role="group" aria-label={label}>
      <Input
        autoFocus
        allowClear
        placeholder={S.filterTextPlaceholder}
        aria-label={label}
        value={value}
        onChange={(event) => column.setFilterValue(event.target.value)}
      />
      <div className="sl-grid-filter-actions">
        <Button
          size="small"
          disabled={value === ''}
          onClick={() => column.setFilterValue(undefined)}
        >
          {S.filterClear}
        </Button>
      </div>
    </div>
  )
}
