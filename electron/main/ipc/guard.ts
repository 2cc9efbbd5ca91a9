/**
 * The gate every IPC call passes through.
 *
 * The renderer is untrusted (it renders user data and imported files), so each call is checked
 * for who sent it and what it sent before any handler code runs, and every outcome — success,
 * refusal, bad input, disk error — comes back as an {@link IpcResult} envelope. Nothing is ever
 * thrown across IPC: Electron would flatten the error to a string and lose its code.
 */
import type { IpcMainInvokeEvent } from 'electron'
import { z } from 'zod'
import { DesktopError, type DesktopErrorCode, type IpcResult } from '@shared/ipc/errors'
import { MAX_WRITE_BYTES } from '@shared/ipc/file-kinds'
import { isInternalUrl } from '../security'

/** The parts of an invoke event the guard reads (a plain object in tests). */
export interface SenderEvent {
  senderFrame: { url: string; parent: unknown } | null
}

/**
 * True when the call comes from the top frame of a page on the app's own origin (or the exact
 * dev origin). Refuses: a missing frame (navigated away or destroyed), any subframe (an embedded
 * page must never reach the file system), and any other origin.
 */
export function isTrustedSender(event: SenderEvent, devOrigin?: string): boolean {
  const frame = event.senderFrame
  if (!frame) return false
  if (frame.parent !== null) return false
  return isInternalUrl(frame.url, devOrigin)
}

// Messages of the schemas in shared/ipc/schemas.ts that are written in English there.
const CUSTOM_MESSAGES: Readonly<Record<string, string>> = {
  'invalid file name': '文件名不合法：不能为空、不能含 \\ / : * ? " < > | 或控制字符',
  'data too large': `数据过大，超过 ${MAX_WRITE_BYTES / (1024 * 1024)} MB 上限`
}

const zhCN = z.locales.zhCN().localeError

function describeIssue(issue: z.core.$ZodIssue): string {
  // Paths start with the argument's index; a field path reads better without it.
  const field = issue.path.slice(1).map(String).join('.')
  const where = issue.path.length === 0 ? '' : `${field || '参数'}：`
  if (issue.path.length === 0 && (issue.code === 'too_big' || issue.code === 'too_small')) {
    return '参数个数不正确'
  }
  if (issue.code === 'invalid_format' && issue.format === 'regex') return `${where}格式不正确`
  return `${where}${CUSTOM_MESSAGES[issue.message] ?? issue.message}`
}

/**
 * One Chinese sentence describing why arguments were refused, e.g.
 * `调用参数不正确：kind：无效选项…；参数：出现未知的键(key): "extra"`. Field paths are kept so a
 * developer can tell which field was wrong; the user sees a readable sentence, not a stack.
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  const parts = issues.slice(0, 5).map(describeIssue)
  return `调用参数不正确：${parts.join('；')}`
}

const IO_MESSAGES: Readonly<Record<string, string>> = {
  EACCES: '没有权限访问该文件或文件夹',
  EPERM: '操作被系统拒绝（文件可能被其他程序占用或为只读）',
  EBUSY: '文件正被其他程序占用',
  ENOSPC: '磁盘空间不足',
  EROFS: '目标位置是只读的',
  EISDIR: '所选位置是文件夹，不是文件',
  ENAMETOOLONG: '文件路径过长',
  EMFILE: '打开的文件过多，请稍后重试'
}

/**
 * Maps anything a handler threw to the error half of the envelope: a DesktopError keeps its code
 * and message; a file-system `ENOENT` becomes NOT_FOUND; every other failure is IO with a
 * Chinese explanation (and the system code in brackets, for support).
 */
export function toIpcError(error: unknown): { code: DesktopErrorCode; message: string } {
  if (error instanceof DesktopError) return { code: error.code, message: error.message }
  const code = (error as { code?: unknown } | null)?.code
  if (code === 'ENOENT') return { code: 'NOT_FOUND', message: '找不到该文件' }
  if (typeof code === 'string' && IO_MESSAGES[code]) {
    return { code: 'IO', message: `${IO_MESSAGES[code]}（${code}）` }
  }
  return { code: 'IO', message: '读写文件时出错' + (typeof code === 'string' ? `（${code}）` : '') }
}

/** A handler body: receives the parsed arguments and the event; may throw. */
export type HandlerBody<A extends unknown[], R> = (
  args: A,
  event: IpcMainInvokeEvent
) => R | Promise<R>

/** Options shared by every guarded handler. */
export interface GuardOptions {
  /** The dev server origin in unpackaged runs; undefined in production. */
  devOrigin?: string
}

/** isTrustedSender that treats a throwing frame accessor (a frame torn down mid-call) as untrusted. */
function safeIsTrustedSender(event: unknown, devOrigin: string | undefined): boolean {
  try {
    return isTrustedSender(event as SenderEvent, devOrigin)
  } catch {
    return false
  }
}

/**
 * Wraps a handler body into the function given to `ipcMain.handle`: sender check, then argument
 * parsing against `schema` (a tuple of the call's arguments, so extra arguments are refused too),
 * then the body; always resolves with an envelope.
 */
export function guardedHandler<S extends z.ZodType<unknown[]>, R>(
  schema: S,
  body: HandlerBody<z.output<S>, R>,
  options: GuardOptions = {}
): (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<IpcResult<R>> {
  return async (event, ...args) => {
    if (!safeIsTrustedSender(event, options.devOrigin)) {
      return {
        ok: false,
        error: { code: 'FORBIDDEN_SENDER', message: '此页面无权调用桌面功能' }
      }
    }
    const parsed = schema.safeParse(args, { error: zhCN })
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'INVALID_ARGUMENT', message: describeIssues(parsed.error.issues) }
      }
    }
    try {
      return { ok: true, value: await body(parsed.data, event) }
    } catch (error) {
      const mapped = toIpcError(error)
      if (mapped.code === 'IO') console.error('[ipc] handler failed', error)
      return { ok: false, error: mapped }
    }
  }
}

/** The part of `ipcMain` used to register handlers. */
export interface IpcMainLike {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>
  ): void
}

/**
 * Registers a guarded handler on `channel`. The single entry point for IPC in main, so no
 * handler can be added without the sender and argument checks.
 */
export function handle<S extends z.ZodType<unknown[]>, R>(
  ipcMain: IpcMainLike,
  channel: string,
  schema: S,
  body: HandlerBody<z.output<S>, R>,
  options: GuardOptions = {}
): void {
  ipcMain.handle(channel, guardedHandler(schema, body, options))
}
