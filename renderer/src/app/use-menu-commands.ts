/** Follows commands from the desktop application menu (none arrive in the browser). */
import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import type { MenuCommand } from '@shared/ipc/contract'
import { useDesktopApi } from '@renderer/platform/desktop-api-context'

/** A Record so a new MenuCommand in the contract fails the type check until it is handled. */
export const MENU_COMMAND_PATHS: Readonly<Record<MenuCommand, string>> = {
  'navigate-settings': '/settings',
  'navigate-about': '/about'
}

export function useMenuCommands(): void {
  const api = useDesktopApi()
  const navigate = useNavigate()
  useEffect(
    () =>
      api.onMenuCommand((command) => {
        const path = MENU_COMMAND_PATHS[command]
        if (path) navigate(path)
      }),
    [api, navigate]
  )
}
