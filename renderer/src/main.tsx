import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { App } from './app/app'
import { createDatabase } from './db/schema'
import { getDesktopApi } from './platform/get-desktop-api'
import { requestPersistentStorage } from './platform/persist-storage'

dayjs.locale('zh-cn')

const desktopApi = getDesktopApi()
const db = createDatabase()
void requestPersistentStorage()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App desktopApi={desktopApi} db={db} />
  </StrictMode>
)
