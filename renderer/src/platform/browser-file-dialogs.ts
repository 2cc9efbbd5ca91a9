/**
 * The page-level halves of the browser twin: a download through a blob link and a file choice
 * through a hidden file input — what a browser offers instead of native save and open dialogs.
 */
import type { DownloadFile, PickedFile } from './browser-desktop-api'

/** How long the blob URL stays alive; Chromium reads it after `click()` returns. */
const REVOKE_AFTER_MS = 60_000

/** Starts a download of `file`. Always true: the browser does not report a cancelled download. */
export function downloadWithLink(file: DownloadFile, doc: Document = document): boolean {
  const blob = new Blob([new Uint8Array(file.data)], { type: file.mime })
  const url = URL.createObjectURL(blob)
  const link = doc.createElement('a')
  link.href = url
  link.download = file.fileName
  link.hidden = true
  doc.body.append(link)
  try {
    link.click()
  } finally {
    link.remove()
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  }
  return true
}

/**
 * Shows the browser's file chooser and resolves with the chosen file, or null when the user
 * closes it without choosing (the input's `cancel` event, Chromium 113+).
 */
export function pickFileWithInput(
  accept: string,
  doc: Document = document
): Promise<PickedFile | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.hidden = true
    const finish = (file: PickedFile | null): void => {
      input.remove()
      resolve(file)
    }
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true })
    input.addEventListener('cancel', () => finish(null), { once: true })
    // In the document so every browser delivers its events; hidden so it never shows.
    doc.body.append(input)
    input.click()
  })
}
