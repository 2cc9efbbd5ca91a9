/**
 * Hands the chosen DesktopApi down the tree, so components and their tests use whatever
 * implementation the root was given instead of reaching for a global.
 */
import { createContext, useContext, type ReactNode } from 'react'
import type { DesktopApi } from '@shared/ipc/contract'

const DesktopApiContext = createContext<DesktopApi | null>(null)

export function DesktopApiProvider({ api, children }: { api: DesktopApi; children: ReactNode }) {
  return <DesktopApiContext value={api}>{children}</DesktopApiContext>
}

export function useDesktopApi(): DesktopApi {
  const api = useContext(DesktopApiContext)
  if (!api) throw new Error('useDesktopApi 必须在 DesktopApiProvider 内使用')
  return api
}
