/**
 * Which DesktopApi the renderer uses: the preload's `window.desktop` inside Electron, the browser
 * twin everywhere else. Decided once, on first call at start-up, and kept for the page's life.
 */
import type { DesktopApi } from '@shared/ipc/contract'
import { createBrowserDesktopApi } from './browser-desktop-api'
import { downloadWithLink, pickFileWithInput } from './browser-file-dialogs'

declare global {
  interface Window {
    /** Exposed by the Electron preload; absent in a plain browser. */
    desktop?: DesktopApi
  }
}

let chosen: DesktopApi | undefined

export function getDesktopApi(): DesktopApi {
  chosen ??=
    window.desktop ??
    createBrowserDesktopApi({
      download: (file) => downloadWithLink(file),
      pickFile: (accept) => pickFileWithInput(accept)
    })
  return chosen
}
