/**
 * Writing a workbook and saving it through the DesktopApi, with the progress to show while it
 * happens: the grid's 导出 Excel and the 台账 exports (features/ledgers) both go through here.
 */
import { useState } from 'react'
import { App, Progress, Typography } from 'antd'
import type { SheetModel } from '@shared/export/sheet-model'
import { errorText } from '@shared/text/error-text'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { writeWorkbook, type WriteProgress } from './export-xlsx'
import { GRID_STRINGS as S } from './strings'

/** Reading the records (before any row is written), then writing. */
export type ExportProgress = { stage: 'prepare' } | WriteProgress

export interface SaveWorkbook {
  /** While an export runs; null otherwise. */
  progress: ExportProgress | null
  /**
   * Builds the sheets, writes them and offers the file under `suggestedName`. Resolves true
   * once saved, false when the user cancelled the save dialog or it failed (which is shown).
   */
  save(build: () => SheetModel[] | Promise<SheetModel[]>, suggestedName: string): Promise<boolean>
}

export function useSaveWorkbook(): SaveWorkbook {
  const desktop = useDesktopApi()
  const { message } = App.useApp()
  const [progress, setProgress] = useState<ExportProgress | null>(null)

  async function save(
    build: () => SheetModel[] | Promise<SheetModel[]>,
    suggestedName: string
  ): Promise<boolean> {
    setProgress({ stage: 'prepare' })
    try {
      const sheets = await build()
      const data = await writeWorkbook(sheets, { onProgress: setProgress })
      const result = await desktop.saveFile({ kind: 'xlsx', suggestedName, data })
      if (!result.saved) return false
      message.success(S.exportSaved(result.fileName))
      return true
    } catch (failure) {
      message.error(S.exportFailed(errorText(failure)))
      return false
    } finally {
      setProgress(null)
    }
  }

  return { progress, save }
}

/** A progress bar with what is happening, for a running export. */
export function ExportProgressBar({ progress }: { progress: ExportProgress }) {
  const writing = progress.stage === 'rows' && progress.rowCount > 0
  const percent =
    progress.stage === 'prepare'
      ? 0
      : writing
        ? Math.floor((progress.rowsWritten / progress.rowCount) * 100)
        : 100
  const text =
    progress.stage === 'prepare'
      ? S.exportPreparing
      : progress.stage === 'file'
        ? S.exportPacking
        : S.exportRows(progress.rowsWritten, progress.rowCount)
  return (
    <div role="status" aria-live="polite">
      <Progress percent={percent} status="active" showInfo={writing} />
      <Typography.Text type="secondary">{text}</Typography.Text>
    </div>
  )
}
