/**
 * The frame around every page: navigation on the left, product and office in the header. It
 * holds the one 待办 query of the app (the navigation's badge, the 工作台 and the start-up
 * notice read it).
 */
import { Layout, Menu, Space, Typography, theme } from 'antd'
import { Outlet, useLocation, useNavigate } from 'react-router'
import { ErrorBoundary } from '@renderer/components/error-boundary'
import { RemindersProvider, useReminders } from '@renderer/features/dashboard/reminders-context'
import { useStartupNotification } from '@renderer/features/dashboard/use-startup-notification'
import { PRODUCT_NAME } from '@renderer/platform/app-identity'
import { useGeneralSettings } from '@renderer/db/use-settings'
import { NAV_ROUTES } from './nav-routes'
import { APP_STRINGS } from './strings'
import { useDailyBackup } from './use-daily-backup'
import { useMenuCommands } from './use-menu-commands'
import { GlobalSearchButton } from '@renderer/features/search/global-search-button'

export function AppLayout() {
  return (
    <RemindersProvider>
      <AppFrame />
    </RemindersProvider>
  )
}

function AppFrame() {
  const { token } = theme.useToken()
  const location = useLocation()
  const navigate = useNavigate()
  const settings = useGeneralSettings()
  useMenuCommands()
  useDailyBackup()
  useStartupNotification(useReminders())

  const selected = NAV_ROUTES.find(
    (route) =>
      location.pathname === `/${route.path}` || location.pathname.startsWith(`/${route.path}/`)
  )

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider
        theme="light"
        width={200}
        style={{ borderRight: `1px solid ${token.colorSplit}` }}
      >
        <nav aria-label={APP_STRINGS.navLabel}>
          <Menu
            mode="inline"
            style={{ borderInlineEnd: 'none', paddingTop: token.paddingSM }}
            selectedKeys={selected ? [selected.path] : []}
            items={NAV_ROUTES.map((route) => ({
              key: route.path,
              icon: route.icon,
              label: route.badge ? (
                <>
                  {route.label}
                  {route.badge}
                </>
              ) : (
                route.label
              )
            }))}
            onClick={({ key }) => navigate(`/${key}`)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorSplit}`,
            paddingInline: token.paddingLG,
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'space-between'
          }}
        >
          <Space size="middle" align="baseline">
            <Typography.Title level={4} style={{ margin: 0 }}>
              {PRODUCT_NAME}
            </Typography.Title>
            {settings?.officeName ? (
              <Typography.Text type="secondary">{settings.officeName}</Typography.Text>
            ) : null}
          </Space>
          <Space size="middle" align="center">
            <GlobalSearchButton />
            {settings?.operatorName ? (
              <Typography.Text type="secondary">
                {APP_STRINGS.operatorPrefix}
                {settings.operatorName}
              </Typography.Text>
            ) : null}
          </Space>
        </Layout.Header>
        <Layout.Content style={{ padding: token.paddingLG }}>
          {/* Keyed by path so leaving a broken page clears the error. */}
          <ErrorBoundary key={location.pathname}>
            <Outlet />
          </ErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  )
}
