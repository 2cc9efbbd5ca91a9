/**
 * 导出 Excel in the grid's toolbar: the rows the user sees — searched, filtered and sorted —
 * under the visible columns in their order, written as the columns declare (types.ts
 * `exportAs`), personal data masked as on screen. The view is taken when the button is clicked,
 * so what is written is what was on the screen then. The dialog (mounted only when asked, so a
 * grid needs no DesktopApi until then) offers a title row and shows progress on big views.
 */
import { useState } from 'react'
import { Button, Checkbox, Flex, Modal, Tooltip, Typography } from 'antd'
import { FileExcelOutlined } from '@ant-design/icons'
import { todayInChina } from '@shared/domain/dates'
import { exportFileName } from '@shared/export/file-names'
import { gridSheetModel } from './export-model'
import { GRID_STRINGS as S } from './strings'
import type { DataGridView } from './types'
import { ExportProgressBar, useSaveWorkbook } from './use-save-workbook'

export interface ExportExcelButtonProps<T> {
  /** The page's name: the file is `<name>-<date>.xlsx`, and the sheet is named after it. */
  name: string
  /** The grid's current view. */
  getView: () => DataGridView<T>
  /** The title row's text for the export date. */
  titleOf: (date: string) => string
  /** No rows shown: nothing to export. */
  disabled: boolean
}

export function ExportExcelButton<T>({
  name,
  getView,
  titleOf,
  disabled
}: ExportExcelButtonProps<T>) {
  // The view and its title's counts as they were at the click, whatever the data does meanwhile.
  const [asked, setAsked] = useState<{
    view: DataGridView<T>
    titleOf: (date: string) => string
  } | null>(null)
  const button = (
    <Button
      icon={<FileExcelOutlined />}
      disabled={disabled}
      onClick={() => setAsked({ view: getView(), titleOf })}
    >
      {S.exportExcel}
    </Button>
  )
  return (
    <>
      {disabled ? <Tooltip title={S.exportNothing}>{button}</Tooltip> : button}
      {asked ? (
        <ExportExcelDialog
          name={name}
          view={asked.view}
          titleOf={asked.titleOf}
          onClose={() => setAsked(null)}
        />
      ) : null}
    </>
  )
}

function ExportExcelDialog<T>({
  name,
  view,
  titleOf,
  onClose
}: {
  name: string
  view: DataGridView<T>
  titleOf: (date: string) => string
  onClose: () => void
}) {
  const { progress, save } = useSaveWorkbook()
  const [withTitle, setWithTitle] = useState(false)
  const busy = progress !== null

  async function start() {
    const date = todayInChina()
    const model = () => [gridSheetModel(view, { name, title: withTitle ? titleOf(date) : null })]
    // A column writes what its cell shows, and cells show personal data masked (types.ts).
    const request = { name, suggestedName: exportFileName(name, date), revealed: false }
    if (await save(model, request)) onClose()
  }

  return (
    <Modal
      open
      title={S.exportExcel}
      onCancel={busy ? undefined : onClose}
      closable={!busy}
      maskClosable={!busy}
      destroyOnHidden
      footer={[
        <Button key="cancel" disabled={busy} onClick={onClose}>
          {S.exportCancel}
        </Button>,
        <Button key="export" type="primary" loading={busy} onClick={() => void start()}>
          {S.exportStart}
        </Button>
      ]}
    >
      <Flex vertical gap="middle">
        <Typography.Paragraph style={{ margin: 0 }}>
          {S.exportSummary(view.rows.length, view.columns.length)}
          {S.exportMasked}
        </Typography.Paragraph>
        <Checkbox
          checked={withTitle}
          disabled={busy}
          onChange={(event) => setWithTitle(event.target.checked)}
        >
          {S.exportWithTitle}
        </Checkbox>
        {progress ? <ExportProgressBar progress={progress} /> : null}
      </Flex>
    </Modal>
  )
}
