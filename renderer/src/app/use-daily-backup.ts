/**
 * Takes the day's automatic backup a moment after the app is on screen, and says so only when
 * it fails: a backup that quietly did not happen is the kind of loss nobody notices in time.
 */
import { useEffect } from 'react'
import { App } from 'antd'
import { notifyBackupWritten } from '@renderer/db/backup/backup-events'
import { backUpOncePerDay } from '@renderer/db/backup/daily-backup'
import { useDatabase } from '@renderer/db/database-context'
import { APP_VERSION } from '@renderer/platform/app-identity'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'

/** Long enough for the first screen to draw; short enough to run on every working day. */
export const DAILY_BACKUP_DELAY_MS = 3000

export function useDailyBackup(): void {
  const db = useDatabase()
  const api = useDesktopApi()
  const { notification } = App.useApp()

  useEffect(() => {
    const timer = setTimeout(() => {
      backUpOncePerDay(db, api, { appVersion: APP_VERSION }).then(
        (entry) => {
          if (entry) notifyBackupWritten()
        },
        (error: unknown) => {
          notification.warning({
            title: '今天的自动备份没有写成',
            description: `${error instanceof Error ? error.message : String(error)}。数据没有受影响；请到“设置 → 数据备份与恢复”点“立即备份”再试一次。`,
            duration: 0
          })
        }
      )
    }, DAILY_BACKUP_DELAY_MS)
    return () => clearTimeout(timer)
  }, [db, api, notification])
}
