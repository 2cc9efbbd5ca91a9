import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BACKUP_FOLDER, backupDirFor, userDataDir } from '../../../electron/main/paths'

describe('userDataDir', () => {
  it('pins a fixed ASCII folder for the installed app, not the Chinese product name', () => {
    expect(userDataDir('/home/li/.config', false)).toBe(join('/home/li/.config', 'ShelianDesk'))
  })

  it('keeps development runs in their own folder so they never touch real data', () => {
    expect(userDataDir('/home/li/.config', true)).toBe(join('/home/li/.config', 'ShelianDesk-dev'))
  })

  it('is plain ASCII without spaces (a trailing space once broke persistence, electron#15245)', () => {
    for (const isDev of [false, true]) {
      const folder = userDataDir('/a', isDev).slice(3)
      expect(folder).toMatch(/^[A-Za-z-]+$/)
    }
  })
})

describe('backupDirFor', () => {
  it('puts backups in userData/backups', () => {
    expect(backupDirFor('/data/ShelianDesk')).toBe(join('/data/ShelianDesk', 'backups'))
  })

  it('never uses the folder name Chromium owns', () => {
    expect(BACKUP_FOLDER).not.toBe('databases')
    expect(backupDirFor('/data/ShelianDesk')).not.toMatch(/databases/)
  })
})
