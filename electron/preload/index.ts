/**
 * The sandboxed preload (built to out/preload/index.cjs). Exposes exactly one object,
 * `window.desktop`, implementing the DesktopApi contract — never ipcRenderer itself.
 */
import { contextBridge, ipcRenderer } from 'electron'
import { createDesktopApi } from './desktop-api'

contextBridge.exposeInMainWorld('desktop', createDesktopApi(ipcRenderer))
