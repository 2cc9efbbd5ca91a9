import { describe, expect, it } from 'vitest'
import { screen, within } from '@testing-library/react'
import { AppRoutes } from '@renderer/app/app-routes'
import { createRepositories } from '@renderer/db/repositories'
import { generateSampleData } from '@shared/sample-data/generate'
import { createFakeDesktop } from '../helpers/fake-desktop-api'
import { freshDatabase, renderApp } from '../helpers/render-app'

const sample = generateSampleData({
  today: '2026-11-22',
  scale: { organizations: 10, communities: 4, socialWorkers: 4 }
})

async function loadedDb() {
  const db = freshDatabase()
  await createRepositories(db).bulkLoad(sample)
  return db
}

// The hook waits DAILY_BACKUP_DELAY_MS (3 s) after the first screen, so these wait with it.
describe('the daily backup', () => {
  it('is written after the app is up and shows in an open backup list', async () => {
    const db = await loadedDb()
    renderApp(<AppRoutes />, { db, route: '/settings' })
    const list = (
      await screen.findByText('自动备份', { selector: '.ant-card-head-title' })
    ).closest('.ant-card') as HTMLElement
    expect(await within(list).findByText('启动时备份', {}, { timeout: 6000 })).toBeTruthy()
  }, 10_000)

  it('says so when it could not be written', async () => {
    const db = await loadedDb()
    const desktop = createFakeDesktop({
      writeBackup: async () => {
        throw new Error('备份文件夹不可写')
      }
    })
    renderApp(<AppRoutes />, { db, route: '/settings', api: desktop.api })
    expect(await screen.findByText('今天的自动备份没有写成', {}, { timeout: 6000 })).toBeTruthy()
    expect(screen.getByText(/备份文件夹不可写/)).toBeTruthy()
  }, 10_000)
})
