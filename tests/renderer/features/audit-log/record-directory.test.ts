import { describe, expect, it } from 'vitest'
import {
  directoryKey,
  hasChildPage,
  loadRecordDirectory,
  recordPath
} from '@renderer/features/audit-log/record-directory'
import { resource } from '../../helpers/linkage-seed'
import {
  activity,
  AGREEMENT_ID,
  CATALOGUE,
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
  await db.resources.add(resource('resource-hall', '社区活动室'))
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
  })

  it('opens records without a page in their list, with their side panel open', async () => {
    const { directory } = await seeded()
    expect(directory.get(directoryKey('socialWorkers', WORKERS[0].id))).toMatchObject({
      name: WORKERS[0].name,
      path: `/social-workers?open=${WORKERS[0].id}`
    })
    expect(directory.get(directoryKey('resources', 'resource-hall'))).toMatchObject({
      name: '社区活动室',
      path: '/linkage?tab=resources&open=resource-hall'
    })
    expect(directory.get(directoryKey('catalogueItems', CATALOGUE.item.id))?.path).toBe(
      `/catalogue?open=${CATALOGUE.item.id}`
    )
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

  it('has no page for 设置 or backups', async () => {
    const { db, directory } = await seeded()
    expect(hasChildPage('settings')).toBe(false)
    expect(await recordPath(db, directory, 'settings', 'general')).toBeNull()
    expect(await recordPath(db, directory, 'backup', 'backup-1')).toBeNull()
    expect(await recordPath(db, directory, 'socialWorkers', 'worker-9')).toBeNull()
  })
})
