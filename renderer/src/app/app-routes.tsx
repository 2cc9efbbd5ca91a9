import { Navigate, Route, Routes } from 'react-router'
import { AppLayout } from './app-layout'
import { DEFAULT_PATH, NAV_ROUTES } from './nav-routes'

export function AppRoutes() {
  return (
    <Routes>
      <Route element={<AppLayout />}>
        {NAV_ROUTES.map((route) => (
          <Route key={route.path} path={route.path} element={route.element} />
        ))}
        {NAV_ROUTES.filter((route) => route.detail).map((route) => (
          <Route key={`${route.path}/:id`} path={`${route.path}/:id`} element={route.detail} />
        ))}
        {NAV_ROUTES.flatMap((route) =>
          (route.pages ?? []).map((page) => (
            <Route
              key={`${route.path}/${page.path}`}
              path={`${route.path}/${page.path}`}
              element={page.element}
            />
          ))
        )}
        <Route index element={<Navigate to={DEFAULT_PATH} replace />} />
        <Route path="*" element={<Navigate to={DEFAULT_PATH} replace />} />
      </Route>
    </Routes>
  )
}
