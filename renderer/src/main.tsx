import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { App } from './app/app'
import { startDatabase } from './db/startup'
import { StartupGate } from './db/startup-gate'
import { APP_VERSION } from './platform/app-identity'
import { getDesktopApi } from './platform/get-desktop-api'
import { requestPersistentStorage } from './platform/persist-storage'

dayjs.locale('zh-cn')

const desktopApi = getDesktopApi()
void requestPersistentStorage()

// Backs up (and upgrades) the database before any page can touch it.
const start = () => startDatabase({ api: desktopApi, appVersion: APP_VERSION })

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <StartupGate start={start}>{({ db }) => <App desktopApi={desktopApi} db={db} />}</StartupGate>
  </StrictMode>
)
