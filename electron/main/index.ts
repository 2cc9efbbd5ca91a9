/**
 * Entry point of the main process (built to out/main/index.js). Only hands the real Electron
 * modules and process facts to `bootstrap`; all wiring is in bootstrap.ts, all decisions in the
 * modules it calls.
 */
import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session } from 'electron'
import { bootstrap } from './bootstrap'

bootstrap(
  { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session },
  {
    env: process.env,
    mainDir: dirname(fileURLToPath(import.meta.url)),
    platform: process.platform,
    arch: process.arch,
    versions: process.versions
  }
)
