import { describe, expect, it } from 'vitest'
import {
  directoryKey,
  hasChildPage,
  loadRecordDirectory,
  recordPath
} from '@renderer/features/audit-log/record-directory'
import {
  activity,
  AGREEMENT_ID,
  deliveryDatabase,
  PROJECT_ID,
  PROVIDER,
  tranches,
  WORKERS
} from '../../helpers/project-seed'

async function seeded() {
  const { db } = await deliveryDatabase()
  await db.payments.bulkAdd(tranches())
  await db.activities.add(activity('activity-1'))
  return { db, directory: await loadRecordDirectory(db) }
}

describe('record directory', () => {
  it('names records and knows the pages of those that have one', async () => {
    const { directory } = await seeded()
    expect(directory.get(directoryKey('organizations', PROVIDER.id))).toMatchObject({
      name: PROVIDER.name,
      path: `/organizations/${PROVIDER.id}`
    })
    expect(directory.get(directoryKey('projects', PROJECT_ID))).toEqual({
      name: '银龄互助探访',
      path: `/projects/${PROJECT_ID}`
    })
    expect(directory.get(directoryKey('agreements', AGREEMENT_ID))).toEqual({
      name: 'GL-CT-2026-001 银龄互助探访项目协议',
      path: `/projects/${PROJECT_ID}?tab=agreement`
    })
    // 社工 are opened in their list's side panel; there is no page to link to.
    expect(directory.get(directoryKey('socialWorkers', WORKERS[0].id))).toMatchObject({
      name: WORKERS[0].name,
      path: null
    })
  })

  it('finds the page of a record that hangs off a project when it is opened', async () => {
    const { db, directory } = await seeded()
    expect(await recordPath(db, directory, 'payments', 'payment-2')).toBe(
      `/projects/${PROJECT_ID}?tab=payments`
    )
    expect(await recordPath(db, directory, 'activities', 'activity-1')).toBe(
      `/projects/${PROJECT_ID}?tab=activities`
    )
    expect(await recordPath(db, directory, 'payments', 'payment-9')).toBeNull()
    expect(hasChildPage('payments')).toBe(true)
  })

  it('has no page for 设置, backups or records without one', async () => {
    const { db, directory } = await seeded()
    expect(hasChildPage('settings')).toBe(false)
    expect(await recordPath(db, directory, 'settings', 'general')).toBeNull()
    expect(await recordPath(db, directory, 'backup', 'backup-1')).toBeNull()
    expect(await recordPath(db, directory, 'socialWorkers', WORKERS[0].id)).toBeNull()
  })
})
