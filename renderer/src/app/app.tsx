/**
 * The whole application. Hash routing, because the desktop build is served from app:// and the
 * browser build from any static server; neither needs server-side route fallbacks.
 */
import { HashRouter } from 'react-router'
import { AppProviders, type AppProvidersProps } from './app-providers'
import { AppRoutes } from './app-routes'

export function App(props: Omit<AppProvidersProps, 'children'>) {
  return (
    <AppProviders {...props}>
      <HashRouter>
        <AppRoutes />
      </HashRouter>
    </AppProviders>
  )
}
