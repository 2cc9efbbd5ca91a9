import { spawnSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  downloadFailureReason,
  findElectronBinary,
  missingElectronMessage
} from '../../../electron/build/start.mjs'
import { tempDir } from '../../helpers/temp-dir'

function fakeElectronDir(withBinary: boolean): string {
  const dir = tempDir('electron-')
  writeFileSync(join(dir, 'path.txt'), 'electron')
  if (withBinary) {
    mkdirSync(join(dir, 'dist'))
    writeFileSync(join(dir, 'dist', 'electron'), '')
  }
  return dir
}

describe('findElectronBinary', () => {
  it('finds the downloaded executable', () => {
    const dir = fakeElectronDir(true)
    expect(findElectronBinary(dir)).toBe(join(dir, 'dist', 'electron'))
  })

  it('is null when path.txt names a binary that is not there', () => {
    expect(findElectronBinary(fakeElectronDir(false))).toBeNull()
  })

  it('is null when nothing was ever downloaded', () => {
    expect(findElectronBinary(tempDir('electron-'))).toBeNull()
  })
})

describe('downloadFailureReason', () => {
  it('turns a network failure into a plain sentence', () => {
    const output = 'TypeError: fetch failed\n    at node:internal/deps/undici:1:1'
    expect(downloadFailureReason(output)).toContain('无法连接下载服务器')
  })

  it('keeps the error line and drops stack frames otherwise', () => {
    const output = 'Error: checksum mismatch\n    at verify (x.js:1:1)'
    expect(downloadFailureReason(output)).toBe('Error: checksum mismatch')
  })
})

describe('npm start without the Electron binary', () => {
  it('names the browser alternative in Chinese and English, with no stack trace', () => {
    const result = spawnSync(process.execPath, ['electron/build/start.mjs'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        SHELIAN_ELECTRON_DIR: tempDir('no-electron-'),
        SHELIAN_SKIP_ELECTRON_DOWNLOAD: '1'
      }
    })
    expect(result.status).toBe(1)
    const output = result.stdout + result.stderr
    expect(output).toContain('npm run web')
    expect(output).toContain('浏览器版')
    expect(output).toContain('browser version')
    expect(output).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m)
  })

  it('has a message that explains the reason it was given', () => {
    expect(missingElectronMessage('磁盘已满')).toContain('原因：磁盘已满')
  })
})
