/**
 * The pages the left navigation offers, in order. Adding a module is one entry here: the router
 * and the menu are both built from this list.
 */
import type { ReactNode } from 'react'
import {
  ApartmentOutlined,
  ExperimentOutlined,
  HomeOutlined,
  InfoCircleOutlined,
  SettingOutlined,
  TeamOutlined
} from '@ant-design/icons'
import { CommunitiesPage } from '@renderer/features/communities/communities-page'
import { IncubationDetailPage } from '@renderer/features/incubation/incubation-detail-page'
import { IncubationPage } from '@renderer/features/incubation/incubation-page'
import { OrganizationDetailPage } from '@renderer/features/organizations/organization-detail-page'
import { OrganizationsPage } from '@renderer/features/organizations/organizations-page'
import { SocialWorkersPage } from '@renderer/features/social-workers/social-workers-page'
import { AboutPage } from '@renderer/features/about/about-page'
import { SettingsPage } from '@renderer/features/settings/settings-page'

export interface NavRoute {
  /** URL path under the hash, without the leading slash. */
  path: string
  /** Chinese menu label. */
  label: string
  icon: ReactNode
  element: ReactNode
  /** The page of one record, at `path/:id`; it reads the id with `useParams`. */
  detail?: ReactNode
}

export const NAV_ROUTES: readonly NavRoute[] = [
  {
    path: 'organizations',
    label: '社会组织',
    icon: <ApartmentOutlined />,
    element: <OrganizationsPage />,
    detail: <OrganizationDetailPage />
  },
  {
    path: 'incubation',
    label: '孵化基地',
    icon: <ExperimentOutlined />,
    element: <IncubationPage />,
    detail: <IncubationDetailPage />
  },
  { path: 'communities', label: '社区', icon: <HomeOutlined />, element: <CommunitiesPage /> },
  {
    path: 'social-workers',
    label: '社工',
    icon: <TeamOutlined />,
    element: <SocialWorkersPage />
  },
  { path: 'settings', label: '设置', icon: <SettingOutlined />, element: <SettingsPage /> },
  { path: 'about', label: '关于', icon: <InfoCircleOutlined />, element: <AboutPage /> }
]

/** Where `/` and unknown paths land: the registry most users start from. */
export const DEFAULT_PATH = '/organizations'
