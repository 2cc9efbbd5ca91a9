/**
 * Typed errors that cross the IPC boundary.
 *
 * Electron flattens a thrown Error into a string when it crosses `ipcMain.handle`, so handlers
 * never throw to the renderer: they return an {@link IpcResult} envelope, and the preload turns a
 * failure back into a {@link DesktopError} with its code intact.
 */

export type DesktopErrorCode =
  /** The call came from a frame or origin that may not use the API. */
  | 'FORBIDDEN_SENDER'
  /** The arguments do not match the contract. */
  | 'INVALID_ARGUMENT'
  /** A file is larger than its kind allows. */
  | 'TOO_LARGE'
  /** A backup or file that was asked for does not exist. */
  | 'NOT_FOUND'
  /** The file system refused (permissions, disk full …). */
  | 'IO'

export class DesktopError extends Error {
  readonly code: DesktopErrorCode

  constructor(code: DesktopErrorCode, message: string) {
    super(message)
    this.name = 'DesktopError'
    this.code = code
  }
}

export type IpcResult<T> =
  { ok: true; value: T } | { ok: false; error: { code: DesktopErrorCode; message: string } }

/** Unwraps an envelope: the value, or the error re-thrown as a DesktopError. */
export function unwrapIpcResult<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value
  throw new DesktopError(result.error.code, result.error.message)
}

/** True for a DesktopError, including one that crossed a realm and lost its prototype. */
export function isDesktopError(value: unknown): value is DesktopError {
  return (
    value instanceof DesktopError ||
    (typeof value === 'object' &&
      value !== null &&
      (value as { name?: unknown }).name === 'DesktopError' &&
      typeof (value as { code?: unknown }).code === 'string')
  )
}
