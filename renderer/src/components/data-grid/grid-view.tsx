/**
 * The scrolling part of the grid: sticky header, virtualised body and keyboard navigation.
 * The virtualizer lives here, the lowest component that needs it, so scrolling re-renders only
 * this and the rows that come into view (rows are memoised).
 */
import {
  memo,
  useCallback,
  useMemo,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
  type RefObject
} from 'react'
import { Checkbox } from 'antd'
import { CaretDownOutlined, CaretUpOutlined } from '@ant-design/icons'
import type { ColumnVisibilityState, ReactTable } from '@tanstack/react-table'
import {
  observeElementRect,
  useVirtualizer,
  type Rect,
  type Virtualizer
} from '@tanstack/react-virtual'
import { CellText } from './cell-text'
import { ColumnFilter } from './column-filter'
import { valueText } from './filtering'
import { nextActiveIndex, rowsPerPage, scrollTopToReveal } from './navigation'
import { GRID_STRINGS as S } from './strings'
import {
  DEFAULT_COLUMN_WIDTH,
  type GridFeatures,
  type GridRow,
  type GridRowData
} from './table-model'
import type { DataGridColumn } from './types'

const SELECT_WIDTH = 44
const SELECT_STYLE: CSSProperties = { flex: `0 0 ${SELECT_WIDTH}px`, justifyContent: 'center' }
/** Rows rendered beyond each edge of the viewport, so fast scrolling shows no blank band. */
const OVERSCAN = 8

/**
 * Big collections (rows, the selection) are read from `table` rather than passed as props: a
 * changed 100k-row array prop costs React's development build seconds per render to describe.
 */
export interface GridViewProps<T extends GridRowData> {
  table: ReactTable<GridFeatures, T>
  specById: ReadonlyMap<string, DataGridColumn<T>>
  selectable: boolean
  allSelected: boolean
  someSelected: boolean
  onToggleAll: (select: boolean) => void
  onRowOpen?: (row: T) => void
  rowHeight: number
  /** Viewport height assumed until (or unless) the browser reports a layout. */
  fallbackHeight: number
  ariaLabel?: string
  emptyContent: ReactNode
  gridRef: RefObject<HTMLDivElement | null>
  idPrefix: string
}

function widthOf<T>(spec: DataGridColumn<T> | undefined): number {
  return spec?.width ?? DEFAULT_COLUMN_WIDTH
}

/** Columns keep their width and share any spare width in proportion to it. */
function columnStyle<T>(spec: DataGridColumn<T> | undefined): CSSProperties {
  const width = widthOf(spec)
  return { flex: `${width} 0 ${width}px`, minWidth: width }
}

export function GridView<T extends GridRowData>(props: GridViewProps<T>) {
  const { table, specById, selectable, rowHeight, fallbackHeight, onRowOpen } = props
  const rows = table.getRowModel().rows
  const { rowSelection, columnVisibility } = table.state
  const scrollRef = useRef<HTMLDivElement>(null)
  const headerHeight = rowHeight + 4
  const [activeIndex, setActiveIndex] = useState(-1)
  const active = Math.min(activeIndex, rows.length - 1)

  // Without layout (a hidden tab, or a test DOM) the element reports 0×0; assume the fallback
  // height then, so the first screen of rows renders instead of none.
  const observeRect = useCallback(
    (instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: Rect) => void) =>
      observeElementRect(instance, (rect) =>
        cb(rect.width === 0 && rect.height === 0 ? { width: 0, height: fallbackHeight } : rect)
      ),
    [fallbackHeight]
  )
  const estimateSize = useCallback(() => rowHeight, [rowHeight])
  // The app is not built with the React Compiler, and the memoised rows below get plain values
  // (offsets, flags), never virtualizer functions, so the compiler's caveat does not bite.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: OVERSCAN,
    // Rows start below the header inside the same scroll element.
    scrollMargin: headerHeight,
    initialRect: { width: 0, height: fallbackHeight },
    observeElementRect: observeRect
  })
  const viewportHeight = virtualizer.scrollRect?.height || fallbackHeight

  const headers = table.getHeaderGroups()[0]?.headers ?? []
  const totalWidth = headers.reduce(
    (sum, header) => sum + widthOf(specById.get(header.column.id)),
    selectable ? SELECT_WIDTH : 0
  )
  const colOffset = selectable ? 1 : 0

  const moveTo = (index: number) => {
    setActiveIndex(index)
    const el = scrollRef.current
    if (!el) return
    const top = scrollTopToReveal({
      index,
      rowHeight,
      headerHeight,
      viewportHeight,
      scrollTop: el.scrollTop
    })
    // The browser answers with a scroll event, which the virtualizer follows.
    if (top !== el.scrollTop) el.scrollTop = top
  }

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys typed in header buttons or filter popovers (React bubbles portals) are theirs.
    if (event.target !== event.currentTarget) return
    const pageSize = rowsPerPage(viewportHeight, headerHeight, rowHeight)
    const next = nextActiveIndex(event.key, active, rows.length, pageSize)
    if (next !== null) {
      event.preventDefault()
      moveTo(next)
      return
    }
    const row = active >= 0 ? rows[active] : undefined
    if (!row) return
    if (event.key === 'Enter' && onRowOpen) {
      event.preventDefault()
      onRowOpen(row.original)
    } else if (event.key === ' ' && selectable) {
      event.preventDefault()
      row.toggleSelected()
    }
  }

  const onActivate = useCallback((index: number) => setActiveIndex(index), [])
  const onOpen = useMemo(
    () => (onRowOpen ? (index: number) => onRowOpen(rows[index].original) : undefined),
    [onRowOpen, rows]
  )

  const rowId = (index: number) => `${props.idPrefix}-row-${index}`

  return (
    <div ref={scrollRef} className="sl-grid-scroll">
      <div
        ref={props.gridRef}
        role="grid"
        className="sl-grid-table"
        tabIndex={0}
        aria-label={props.ariaLabel}
        aria-rowcount={rows.length + 1}
        aria-colcount={headers.length + colOffset}
        aria-multiselectable={selectable || undefined}
        aria-activedescendant={active >= 0 ? rowId(active) : undefined}
        style={{ minWidth: totalWidth }}
        onKeyDown={onKeyDown}
        onFocus={(event) => {
          if (event.target === event.currentTarget && activeIndex < 0 && rows.length > 0) {
            setActiveIndex(0)
          }
        }}
      >
        <div role="rowgroup" className="sl-grid-head">
          <div
            role="row"
            aria-rowindex={1}
            className="sl-grid-header"
            style={{ height: headerHeight }}
          >
            {selectable ? (
              <div
                role="columnheader"
                aria-colindex={1}
                className="sl-grid-cell"
                style={SELECT_STYLE}
              >
                <Checkbox
                  aria-label={S.selectAll}
                  checked={props.allSelected}
                  indeterminate={!props.allSelected && props.someSelected}
                  disabled={rows.length === 0}
                  onChange={(event) => props.onToggleAll(event.target.checked)}
                />
              </div>
            ) : null}
            {headers.map((header, c) => {
              const column = header.column
              const spec = specById.get(column.id)
              const sorted = column.getIsSorted()
              const title = (
                <span className="sl-grid-text">
                  <table.FlexRender header={header} />
                </span>
              )
              return (
                <div
                  key={header.id}
                  role="columnheader"
                  aria-colindex={c + 1 + colOffset}
                  aria-label={spec?.header}
                  aria-sort={
                    sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined
                  }
                  className="sl-grid-cell"
                  data-align={spec?.align ?? 'left'}
                  style={columnStyle(spec)}
                >
                  {column.getCanSort() ? (
                    <button
                      type="button"
                      className="sl-grid-sort"
                      onClick={column.getToggleSortingHandler()}
                    >
                      {title}
                      {sorted === 'asc' ? (
                        <CaretUpOutlined
                          className="sl-grid-sort-icon"
                          aria-label={S.sortAscending}
                        />
                      ) : sorted === 'desc' ? (
                        <CaretDownOutlined
                          className="sl-grid-sort-icon"
                          aria-label={S.sortDescending}
                        />
                      ) : null}
                    </button>
                  ) : (
                    title
                  )}
                  {spec?.filter && column.getCanFilter() ? (
                    <ColumnFilter column={column} spec={spec} />
                  ) : null}
                </div>
              )
            })}
          </div>
        </div>
        <div
          role="rowgroup"
          className="sl-grid-body"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const row = rows[item.index]
            const selected = rowSelection[row.id] === true
            return (
              <GridRowView
                key={row.id}
                row={row}
                index={item.index}
                domId={rowId(item.index)}
                top={item.start - headerHeight}
                height={rowHeight}
                active={item.index === active}
                selected={selected}
                selectable={selectable}
                columnVisibility={columnVisibility}
                specById={specById}
                FlexRender={table.FlexRender}
                onActivate={onActivate}
                onOpen={onOpen}
              />
            )
          })}
        </div>
      </div>
      {rows.length === 0 ? <div className="sl-grid-empty">{props.emptyContent}</div> : null}
    </div>
  )
}

interface GridRowViewProps<T extends GridRowData> {
  row: GridRow<T>
  index: number
  domId: string
  top: number
  height: number
  active: boolean
  selected: boolean
  selectable: boolean
  /** Not read directly: a new value re-renders the row with the new set of cells. */
  columnVisibility: ColumnVisibilityState
  specById: ReadonlyMap<string, DataGridColumn<T>>
  FlexRender: ReactTable<GridFeatures, T>['FlexRender']
  onActivate: (index: number) => void
  onOpen?: (index: number) => void
}

function GridRowViewImpl<T extends GridRowData>({
  row,
  index,
  domId,
  top,
  height,
  active,
  selected,
  selectable,
  specById,
  FlexRender,
  onActivate,
  onOpen
}: GridRowViewProps<T>) {
  const colOffset = selectable ? 1 : 0
  return (
    <div
      role="row"
      id={domId}
      aria-rowindex={index + 2}
      // With checkboxes, aria-selected is the ticked state; without, selection follows focus.
      aria-selected={selectable ? selected : active}
      data-active={active}
      className="sl-grid-row"
      style={{ height, transform: `translateY(${top}px)` }}
      onClick={() => onActivate(index)}
      onDoubleClick={(event) => {
        if ((event.target as Element).closest('[data-grid-select]')) return
        onOpen?.(index)
      }}
    >
      {selectable ? (
        <div
          role="gridcell"
          aria-colindex={1}
          data-grid-select=""
          className="sl-grid-cell"
          style={SELECT_STYLE}
        >
          <Checkbox
            // Space on the grid toggles the active row; the boxes stay out of the Tab order.
            tabIndex={-1}
            aria-label={S.selectRow}
            checked={selected}
            onChange={(event) => row.toggleSelected(event.target.checked)}
          />
        </div>
      ) : null}
      {row.getVisibleCells().map((cell, c) => {
        const spec = specById.get(cell.column.id)
        return (
          <div
            key={cell.id}
            role="gridcell"
            aria-colindex={c + 1 + colOffset}
            className="sl-grid-cell"
            data-align={spec?.align ?? 'left'}
            style={columnStyle(spec)}
          >
            <CellText
              title={() =>
                spec ? (spec.tooltip?.(row.original) ?? valueText(spec.value(row.original))) : ''
              }
            >
              <FlexRender cell={cell} />
            </CellText>
          </div>
        )
      })}
    </div>
  )
}

const GridRowView = memo(GridRowViewImpl) as typeof GridRowViewImpl
