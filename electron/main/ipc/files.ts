/**
 * Saving and opening user files (PDF reports, Excel workbooks, backup files) through the system
 * dialogs. The renderer never names a path: it suggests a file name and a kind, the user picks
 * the place, and main does the reading and writing.
 */
import { basename, dirname, join } from 'node:path'
import type { IpcMainInvokeEvent, OpenDialogOptions, SaveDialogOptions } from 'electron'
import { z } from 'zod'
import { IPC_CHANNELS } from '@shared/ipc/channels'
import type {
  OpenFileRequest,
  OpenFileResult,
  SaveFileRequest,
  SaveFileResult
} from '@shared/ipc/contract'
import { DesktopError } from '@shared/ipc/errors'
import { FILE_KINDS, hasKindExtension, withKindExtension } from '@shared/ipc/file-kinds'
import { openFileRequestSchema, saveFileRequestSchema } from '@shared/ipc/schemas'
import { formatMegabytes, toTransferableBytes } from './bytes'
import { handle, type GuardOptions, type IpcMainLike } from './guard'

/** The folder the next dialog opens in: the last one the user chose, remembered across runs. */
export interface FolderMemory {
  get(): string
  set(folder: string): void
}

/**
 * An in-memory folder memory that reports every change to `persist` (which writes it to
 * userData). Persisting is best effort: losing it only costs a convenience.
 */
export function createFolderMemory(
  initial: string,
  persist: (folder: string) => void = () => undefined
): FolderMemory {
  let current = initial
  return {
    get: () => current,
    set(folder) {
      if (folder === current) return
      current = folder
      try {
        persist(folder)
      } catch (error) {
        console.warn('[files] could not remember the last folder', error)
      }
    }
  }
}

const dialogStateSchema = z.object({ lastFolder: z.string().min(1).max(4096) })

/** The last folder stored in `dialog-state.json`, or `fallback` if the file is missing or bad. */
export function parseLastFolder(text: string | null | undefined, fallback: string): string {
  if (!text) return fallback
  try {
    const parsed = dialogStateSchema.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data.lastFolder : fallback
  } catch {
    return fallback
  }
}

/** The text written to `dialog-state.json`. */
export function serializeLastFolder(folder: string): string {
  return `${JSON.stringify({ lastFolder: folder }, null, 2)}\n`
}

/** The system dialogs, with the calling page's event so they can be modal to its window. */
export interface FileDialogs {
  showSaveDialog(
    options: SaveDialogOptions,
    event: IpcMainInvokeEvent
  ): Promise<{ canceled: boolean; filePath?: string }>
  showOpenDialog(
    options: OpenDialogOptions,
    event: IpcMainInvokeEvent
  ): Promise<{ canceled: boolean; filePaths: string[] }>
}

/** Dialogs, folder memory and file-system calls of the file handlers; fakes in tests. */
export interface FileHandlerDeps {
  dialogs: FileDialogs
  folders: FolderMemory
  writeFile(filePath: string, data: Uint8Array): Promise<void>
  stat(filePath: string): Promise<{ size: number; isFile(): boolean }>
  readFile(filePath: string): Promise<Uint8Array>
}

function dialogFilters(kind: SaveFileRequest['kind']): { name: string; extensions: string[] }[] {
  const spec = FILE_KINDS[kind]
  return [{ name: spec.label, extensions: [...spec.extensions] }]
}

/**
 * Save: the save dialog opens in the last-used folder with the suggested name and the kind's
 * filter. Cancelling is `{ saved: false }`, not an error. The kind's extension is added when the
 * user typed a name without it (GTK dialogs do not add it). Returns the bare file name only,
 * so the page never learns the folder structure of the PC.
 */
export async function saveFile(
  deps: FileHandlerDeps,
  request: SaveFileRequest,
  event: IpcMainInvokeEvent
): Promise<SaveFileResult> {
  const spec = FILE_KINDS[request.kind]
  const choice = await deps.dialogs.showSaveDialog(
    {
      title: `保存${spec.label}`,
      buttonLabel: '保存',
      defaultPath: join(deps.folders.get(), request.suggestedName),
      filters: dialogFilters(request.kind),
      properties: ['createDirectory', 'showOverwriteConfirmation']
    },
    event
  )
  if (choice.canceled || !choice.filePath) return { saved: false }
  const target = withKindExtension(request.kind, choice.filePath)
  await deps.writeFile(target, request.data)
  deps.folders.set(dirname(target))
  return { saved: true, fileName: basename(target) }
}

function tooLarge(label: string, size: number, limit: number): DesktopError {
  return new DesktopError(
    'TOO_LARGE',
    `文件过大（${formatMegabytes(size)} MB），${label}最大只能打开 ${formatMegabytes(limit)} MB`
  )
}

/**
 * Open: one file of the kind, through the open dialog. Cancelling is `null`. A file with the
 * wrong extension is INVALID_ARGUMENT and one larger than the kind's limit is TOO_LARGE (checked
 * before reading, so a huge file is never loaded into memory), both with Chinese messages.
 */
export async function openFile(
  deps: FileHandlerDeps,
  request: OpenFileRequest,
  event: IpcMainInvokeEvent
): Promise<OpenFileResult> {
  const spec = FILE_KINDS[request.kind]
  const choice = await deps.dialogs.showOpenDialog(
    {
      title: `打开${spec.label}`,
      buttonLabel: '打开',
      defaultPath: deps.folders.get(),
      filters: dialogFilters(request.kind),
      properties: ['openFile']
    },
    event
  )
  const filePath = choice.filePaths[0]
  if (choice.canceled || filePath === undefined) return null

  if (!hasKindExtension(request.kind, filePath)) {
    const extensions = spec.extensions.map((ext) => `.${ext}`).join('、')
    throw new DesktopError('INVALID_ARGUMENT', `只能打开${spec.label}（${extensions}）`)
  }
  const info = await deps.stat(filePath)
  if (!info.isFile()) throw new DesktopError('INVALID_ARGUMENT', '所选的不是文件')
  if (info.size > spec.maxOpenBytes) throw tooLarge(spec.label, info.size, spec.maxOpenBytes)

  const data = await deps.readFile(filePath)
  // The file may have grown between stat and read.
  if (data.byteLength > spec.maxOpenBytes) {
    throw tooLarge(spec.label, data.byteLength, spec.maxOpenBytes)
  }
  deps.folders.set(dirname(filePath))
  return { fileName: basename(filePath), data: toTransferableBytes(data) }
}

/** Registers `files:save` and `files:open`. */
export function registerFileHandlers(
  ipcMain: IpcMainLike,
  deps: FileHandlerDeps,
  options: GuardOptions = {}
): void {
  handle(
    ipcMain,
    IPC_CHANNELS.saveFile,
    z.tuple([saveFileRequestSchema]),
    ([request], event) => saveFile(deps, request, event),
    options
  )
  handle(
    ipcMain,
    IPC_CHANNELS.openFile,
    z.tuple([openFileRequestSchema]),
    ([request], event) => openFile(deps, request, event),
    options
  )
}
