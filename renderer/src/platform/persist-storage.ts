/**
 * Asks the browser not to evict our IndexedDB under storage pressure. Chromium often says no
 * (engineering-notes §5.5), and older hosts lack the API; either way the app carries on and
 * relies on file backups.
 */
export async function requestPersistentStorage(
  storage: Pick<StorageManager, 'persist'> | undefined = navigator.storage
): Promise<boolean> {
  try {
    const persisted = (await storage?.persist?.()) ?? false
    console.info(`持久化存储：${persisted ? '已获准' : '未获准'}`)
    return persisted
  } catch {
    return false
  }
}
