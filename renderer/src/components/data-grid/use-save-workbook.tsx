/**
 * Writing a workbook and saving it through the DesktopApi, with the progress to show while it
 * happens: the grid's 导出 Excel and the 台账 exports (features/ledgers) both go through here.
 * A saved workbook leaves one entry in the 操作日志 (what, how many rows, whether personal data
 * was in full); a cancelled or failed save leaves none.
 */
import { useState } from 'react'
import { App, Progress, Typography } from 'antd'
import type { SheetModel } from '@shared/export/sheet-model'
import { errorText } from '@shared/text/error-text'
import { useRepositories } from '@renderer/db/use-repositories'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'
import { writeWorkbook, type WriteProgress } from './export-xlsx'
import { GRID_STRINGS as S } from './strings'

/** Reading the records (before any row is written), then writing. */
export type ExportProgress = { stage: 'prepare' } | WriteProgress

/** What a workbook is, for its file name and its 操作日志 entry. */
export interface WorkbookRequest {
  /** What is exported, as its page names it: `社会组织列表`, `项目台账`. */
  name: string
  /** The file name offered in the save dialog. */
  suggestedName: string
  /** Whether the sheets hold ID numbers or phones in full: the log entry then says so. */
  revealed: boolean
}

export interface SaveWorkbook {
  /** While an export runs; null otherwise. */
  progress: ExportProgress | null
  /**
   * Builds the sheets, writes them, offers the file under `request.suggestedName` and, once it
   * is saved, notes the export in the 操作日志. Resolves true once saved (even if the log entry
   * could not be written, which is shown), false when the user cancelled the save dialog or it
   * failed (which is shown).
   */
  save(
    build: () => SheetModel[] | Promise<SheetModel[]>,
    request: WorkbookRequest
  ): Promise<boolean>
}

export function useSaveWorkbook(): SaveWorkbook {
  const desktop = useDesktopApi()
  const { workbookExports } = useRepositories()
  const { message } = App.useApp()
  const [progress, setProgress] = useState<ExportProgress | null>(null)

  async function save(
    build: () => SheetModel[] | Promise<SheetModel[]>,
    request: WorkbookRequest
  ): Promise<boolean> {
    setProgress({ stage: 'prepare' })
    try {
      const sheets = await build()
      const data = await writeWorkbook(sheets, { onProgress: setProgress })
      const result = await desktop.saveFile({
        kind: 'xlsx',
        suggestedName: request.suggestedName,
        data
      })
      if (!result.saved) return false
      try {
        await workbookExports.recordExport({
          name: request.name,
          sheets: sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows.length })),
          fileName: result.fileName,
          revealed: request.revealed
        })
      } catch (failure) {
        // The file is on disk: say so, and that the log is missing it, rather than "failed".
        message.warning(S.exportSavedNotLogged(result.fileName, errorText(failure)))
        return true
      }
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
