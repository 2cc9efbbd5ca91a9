import type { Page } from '@playwright/test'

export interface V1Settings {
  operatorName: string
  officeName: string
  backupKeep: number
}

/**
 * Puts a database on the page's origin exactly as the released v1 left it (IndexedDB version
 * 10: Dexie stores version × 10; one `settings` store keyed by `key`), without loading the app,
 * so the next visit has to upgrade it.
 */
export async function installV1Database(page: Page, settings: V1Settings): Promise<void> {
  // A blank page on the app's origin: the app itself must not run and create the current schema.
  await page.route('**/__blank', (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>blank</title>' })
  )
  await page.goto('/__blank')
  await page.evaluate(
    (value) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('shelian-desk', 10)
        request.onupgradeneeded = () => {
          request.result.createObjectStore('settings', { keyPath: 'key' })
        }
        request.onerror = () => reject(request.error)
        request.onsuccess = () => {
          const db = request.result
          const tx = db.transaction('settings', 'readwrite')
          tx.objectStore('settings').put({
            key: 'general',
            value,
            updatedAt: '2026-10-01T02:00:00.000Z'
          })
          tx.oncomplete = () => {
            db.close()
            resolve()
          }
          tx.onerror = () => reject(tx.error)
        }
      }),
    settings
  )
  await page.unroute('**/__blank')
}
