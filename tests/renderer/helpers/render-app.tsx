/** Renders UI inside the app's providers, on a fresh database and a fake DesktopApi. */
import type { ReactElement } from 'react'
import { render } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import type { DesktopApi } from '@shared/ipc/contract'
import { AppProviders } from '@renderer/app/app-providers'
import { createDatabase, type ShelianDatabase } from '@renderer/db/schema'
import { createFakeDesktop } from './fake-desktop-api'

export interface RenderAppOptions {
  api?: DesktopApi
  db?: ShelianDatabase
  /** Initial router location. */
  route?: string
}

export function freshDatabase(): ShelianDatabase {
  return createDatabase({ indexedDB: new IDBFactory(), IDBKeyRange })
}

export function renderApp(ui: ReactElement, options: RenderAppOptions = {}) {
  const api = options.api ?? createFakeDesktop().api
  const db = options.db ?? freshDatabase()
  const result = render(
    <AppProviders desktopApi={api} db={db}>
      <MemoryRouter initialEntries={[options.route ?? '/']}>{ui}</MemoryRouter>
    </AppProviders>
  )
  return { ...result, api, db }
}

/** antd puts a space between the two characters of a two-character button label (保 存). */
export function buttonName(label: string): RegExp {
  return new RegExp(`^${[...label].join('\\s*')}$`)
}
