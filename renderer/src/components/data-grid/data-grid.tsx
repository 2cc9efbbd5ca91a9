/**
 * `<DataGrid>`: the big-list component of the app (organisations, projects, contracts; up to
 * 100k rows). TanStack Table v9 does the searching, filtering, sorting and selection; TanStack
 * Virtual renders only the rows in view; antd supplies the controls and the colours.
 */
import {
  useEffectEvent,
  useEffect,
  useId,
  useImperativeHandle,
  useMemo,
  useRef,
  useState
} from 'react'
import { Button, Empty, Input, theme } from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import {
  functionalUpdate,
  useTable,
  type ColumnVisibilityState,
  type RowSelectionState,
  type Updater
} from '@tanstack/react-table'
import { normalizeQuery } from '@shared/text/pinyin'
import { ColumnSettings } from './column-settings'
import { ExportExcelButton } from './export-excel'
import { GRID_CSS, GRID_CSS_HREF, gridCssVariables } from './grid-styles'
import { GridView } from './grid-view'
import { GRID_STRINGS as S } from './strings'
import {
  buildColumnDefs,
  defaultVisibility,
  gridFeatures,
  initialVisibility,
  searchFilterFn,
  type GridRowData
} from './table-model'
import type { DataGridProps, DataGridView } from './types'
import { loadVisibility, saveVisibility } from './visibility-storage'

/** Viewport height assumed before layout when the grid fills its parent. */
const DEFAULT_FALLBACK_HEIGHT = 480

export function DataGrid<T extends GridRowData>(props: DataGridProps<T>) {
  const {
    rows,
    columns,
    getRowId,
    search,
    initialSearch,
    selectable = false,
    onSelectionChange,
    onRowOpen,
    onViewChange,
    storageKey,
    rowHeight = 36,
    height,
    emptyText,
    toolbar,
    searchPlaceholder,
    ariaLabel,
    exportName = ariaLabel ?? S.exportDefaultName,
    ref
  } = props
  const { token } = theme.useToken()
  const idPrefix = useId()
  const gridRef = useRef<HTMLDivElement>(null)

  const columnDefs = useMemo(() => buildColumnDefs(columns), [columns])
  const specById = useMemo(() => new Map(columns.map((c) => [c.id, c])), [columns])
  const globalFilterFn = useMemo(() => (search ? searchFilterFn(search) : undefined), [search])

  const [columnVisibility, setColumnVisibility] = useState<ColumnVisibilityState>(() =>
    initialVisibility(columns, loadVisibility(storageKey))
  )
  const [rowSelection, setRowSelection] = useState<RowSelectionState>({})

  const updateVisibility = (updater: Updater<ColumnVisibilityState>) => {
    const next = functionalUpdate(updater, columnVisibility)
    setColumnVisibility(next)
    saveVisibility(
      storageKey,
      columns.map((c) => c.id),
      next
    )
  }
  const updateSelection = (updater: Updater<RowSelectionState>) => {
    const next = functionalUpdate(updater, rowSelection)
    setRowSelection(next)
    onSelectionChange?.(Object.keys(next))
  }

  const table = useTable({
    features: gridFeatures,
    columns: columnDefs,
    data: rows,
    getRowId,
    enableGlobalFilter: search !== undefined,
    ...(globalFilterFn ? { globalFilterFn } : {}),
    enableRowSelection: selectable,
    initialState: { globalFilter: initialSearch ?? '' },
    state: { columnVisibility, rowSelection },
    onColumnVisibilityChange: updateVisibility,
    onRowSelectionChange: updateSelection
  })

  // A new address on the same page (another `?q=`) searches again; the first one is the
  // table's initial state above.
  const searchedFor = useRef(initialSearch)
  const searchAgain = useEffectEvent((text: string) => table.setGlobalFilter(text))
  useEffect(() => {
    if (searchedFor.current === initialSearch) return
    searchedFor.current = initialSearch
    searchAgain(initialSearch ?? '')
  }, [initialSearch])

  const rowModel = table.getRowModel()
  const shownRows = rowModel.rows
  const searchInput = String(table.state.globalFilter ?? '')
  const filtered = table.state.columnFilters.length > 0 || normalizeQuery(searchInput) !== ''

  const selectedCount = useMemo(() => Object.keys(rowSelection).length, [rowSelection])
  const shownSelected = useMemo(() => {
    if (!selectable || selectedCount === 0) return 0
    let n = 0
    for (const row of shownRows) if (rowSelection[row.id]) n++
    return n
  }, [selectable, selectedCount, shownRows, rowSelection])

  // The view a later export writes: the page's own row objects in display order.
  const viewRows = useMemo(() => shownRows.map((row) => row.original), [shownRows])
  const viewColumns = useMemo(
    () => columns.filter((c) => columnVisibility[c.id] !== false),
    [columns, columnVisibility]
  )
  const reportView = useEffectEvent((view: DataGridView<T>) => onViewChange?.(view))
  useEffect(() => {
    reportView({ rows: viewRows, columns: viewColumns })
  }, [viewRows, viewColumns])

  const clearFilters = () => {
    table.resetColumnFilters(true)
    table.setGlobalFilter('')
  }

  // No dependency list: `table` is a new object on every render anyway, and the handle must
  // always reach the current one.
  useImperativeHandle(ref, () => ({
    getView: () => ({ rows: viewRows, columns: viewColumns }),
    clearFilters,
    clearSelection: () => table.resetRowSelection(true),
    focus: () => gridRef.current?.focus({ preventScroll: true })
  }))

  const fallbackHeight = typeof height === 'number' ? height : DEFAULT_FALLBACK_HEIGHT
  const emptyContent = (
    <Empty
      image={Empty.PRESENTED_IMAGE_SIMPLE}
      description={rows.length === 0 ? (emptyText ?? S.emptyData) : S.emptyFiltered}
    />
  )

  return (
    <div className="sl-grid" style={{ ...gridCssVariables(token), height: height ?? '100%' }}>
      <style href={GRID_CSS_HREF} precedence="medium">
        {GRID_CSS}
      </style>
      <div className="sl-grid-toolbar">
        {search ? (
          <Input
            allowClear
            prefix={<SearchOutlined />}
            placeholder={searchPlaceholder ?? S.searchPlaceholder}
            aria-label={S.searchLabel}
            value={searchInput}
            onChange={(event) => table.setGlobalFilter(event.target.value)}
            style={{ width: 280 }}
          />
        ) : null}
        {toolbar}
        <div className="sl-grid-status">
          <span aria-live="polite">
            {filtered ? S.filtered(shownRows.length, rows.length) : S.total(rows.length)}
          </span>
          {filtered ? (
            <Button size="small" type="link" onClick={clearFilters}>
              {S.clearFilters}
            </Button>
          ) : null}
          {selectable && selectedCount > 0 ? (
            <>
              <span>{S.selected(selectedCount)}</span>
              <Button size="small" type="link" onClick={() => table.resetRowSelection(true)}>
                {S.clearSelection}
              </Button>
            </>
          ) : null}
          {exportName !== false ? (
            <ExportExcelButton<T>
              name={exportName}
              getView={() => ({ rows: viewRows, columns: viewColumns })}
              titleOf={(date) =>
                S.exportTitle(exportName, shownRows.length, rows.length, filtered, date)
              }
              disabled={shownRows.length === 0}
            />
          ) : null}
          <ColumnSettings<T>
            columns={columns}
            isVisible={(id) => columnVisibility[id] !== false}
            onToggle={(id, visible) => table.getColumn(id)?.toggleVisibility(visible)}
            onReset={() => updateVisibility(defaultVisibility(columns))}
          />
        </div>
      </div>
      <GridView<T>
        table={table}
        specById={specById}
        selectable={selectable}
        allSelected={shownRows.length > 0 && shownSelected === shownRows.length}
        someSelected={shownSelected > 0}
        onToggleAll={(select) => table.toggleAllRowsSelected(select)}
        onRowOpen={onRowOpen}
        rowHeight={rowHeight}
        fallbackHeight={fallbackHeight}
        ariaLabel={ariaLabel}
        emptyContent={emptyContent}
        gridRef={gridRef}
        idPrefix={idPrefix}
      />
    </div>
  )
}
