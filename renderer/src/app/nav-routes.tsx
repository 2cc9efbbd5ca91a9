/**
 * The pages the left navigation offers, in order. Adding a module is one entry here: the router
 * and the menu are both built from this list.
 */
import type { ReactNode } from 'react'
import { InfoCircleOutlined, SettingOutlined } from '@ant-design/icons'
import { AboutPage } from '@renderer/features/about/about-page'
import { SettingsPage } from '@renderer/features/settings/settings-page'

export interface NavRoute {
  /** URL path under the hash, without the leading slash. */
  path: string
  /** Chinese menu label. */
  label: string
  icon: ReactNode
  element: ReactNode
}

export const NAV_ROUTES: readonly NavRoute[] = [
  { path: 'settings', label: '设置', icon: <SettingOutlined />, element: <SettingsPage /> },
  { path: 'about', label: '关于', icon: <InfoCircleOutlined />, element: <AboutPage /> }
]

/** Where `/` and unknown paths land. Only 设置 exists besides 关于 for now. */
export const DEFAULT_PATH = '/settings'
