/**
 * The pages the left navigation offers, in order. Adding a module is one entry here: the router
 * and the menu are both built from this list.
 */
import type { ReactNode } from 'react'
import {
  ApartmentOutlined,
  AuditOutlined,
  DashboardOutlined,
  FilePdfOutlined,
  ExperimentOutlined,
  FundProjectionScreenOutlined,
  HistoryOutlined,
  HomeOutlined,
  InfoCircleOutlined,
  NodeIndexOutlined,
  ProfileOutlined,
  SettingOutlined,
  TeamOutlined
} from '@ant-design/icons'
import { CataloguePage } from '@renderer/features/catalogue/catalogue-page'
import { CommunitiesPage } from '@renderer/features/communities/communities-page'
import { CommunityPage } from '@renderer/features/communities/community-page'
import { DashboardPage } from '@renderer/features/dashboard/dashboard-page'
import { ReminderBadge } from '@renderer/features/dashboard/reminder-badge'
import { IncubationDetailPage } from '@renderer/features/incubation/incubation-detail-page'
import { IncubationPage } from '@renderer/features/incubation/incubation-page'
import { LinkagePage } from '@renderer/features/linkage/linkage-page'
import { NeedPage } from '@renderer/features/linkage/needs/need-page'
import { OrganizationDetailPage } from '@renderer/features/organizations/organization-detail-page'
import { OrganizationsPage } from '@renderer/features/organizations/organizations-page'
import { ProjectDetailPage } from '@renderer/features/projects/project-detail-page'
import { ProjectsPage } from '@renderer/features/projects/projects-page'
import { ReportsPage } from '@renderer/features/reports/reports-page'
import { SocialWorkersPage } from '@renderer/features/social-workers/social-workers-page'
import { AboutPage } from '@renderer/features/about/about-page'
import { SettingsPage } from '@renderer/features/settings/settings-page'
import { ApplicationPage } from '@renderer/features/venture/applications/application-page'
import { ApplicationPrintPage } from '@renderer/features/venture/applications/application-print-page'
import { ReviewDayPage } from '@renderer/features/venture/review/review-day-page'
import { RoundDetailPage } from '@renderer/features/venture/rounds/round-detail-page'
import { VenturePage } from '@renderer/features/venture/rounds/venture-page'
import { AuditLogPage } from '@renderer/features/audit-log/audit-log-page'

export interface NavRoute {
  /** URL path under the hash, without the leading slash. */
  path: string
  /** Chinese menu label. */
  label: string
  icon: ReactNode
  element: ReactNode
  /** The page of one record, at `path/:id`; it reads the id with `useParams`. */
  detail?: ReactNode
  /**
   * Further pages under the same menu entry, e.g. `applications/:id` for `venture/applications/:id`
   * (a fixed first segment wins over the detail's `:id`).
   */
  pages?: readonly { path: string; element: ReactNode }[]
  /** Shown after the label in the menu, e.g. a count of what waits there. */
  badge?: ReactNode
}

export const NAV_ROUTES: readonly NavRoute[] = [
  {
    path: 'dashboard',
    label: '工作台',
    icon: <DashboardOutlined />,
    element: <DashboardPage />,
    badge: <ReminderBadge />
  },
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
  {
    path: 'venture',
    label: '公益创投',
    icon: <FundProjectionScreenOutlined />,
    element: <VenturePage />,
    detail: <RoundDetailPage />,
    pages: [
      { path: 'applications/:id', element: <ApplicationPage /> },
      { path: 'applications/:id/print', element: <ApplicationPrintPage /> },
      { path: ':id/review-day', element: <ReviewDayPage /> }
    ]
  },
  {
    path: 'projects',
    label: '项目管理',
    icon: <AuditOutlined />,
    element: <ProjectsPage />,
    detail: <ProjectDetailPage />
  },
  { path: 'catalogue', label: '服务目录', icon: <ProfileOutlined />, element: <CataloguePage /> },
  {
    path: 'linkage',
    label: '三社联动',
    icon: <NodeIndexOutlined />,
    element: <LinkagePage />,
    pages: [{ path: 'needs/:id', element: <NeedPage /> }]
  },
  {
    path: 'communities',
    label: '社区',
    icon: <HomeOutlined />,
    element: <CommunitiesPage />,
    detail: <CommunityPage />
  },
  {
    path: 'social-workers',
    label: '社工',
    icon: <TeamOutlined />,
    element: <SocialWorkersPage />
  },
  { path: 'reports', label: '报告', icon: <FilePdfOutlined />, element: <ReportsPage /> },
  { path: 'audit-log', label: '操作日志', icon: <HistoryOutlined />, element: <AuditLogPage /> },
  { path: 'settings', label: '设置', icon: <SettingOutlined />, element: <SettingsPage /> },
  { path: 'about', label: '关于', icon: <InfoCircleOutlined />, element: <AboutPage /> }
]

/** Where `/` and unknown paths land: the 工作台, where the day starts. */
export const DEFAULT_PATH = '/dashboard'
