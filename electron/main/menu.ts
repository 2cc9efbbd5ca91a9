/**
 * The application menu, in Chinese. Items that belong to the page (设置, 关于) do not open
 * windows of their own: they send a {@link MenuCommand} to the renderer, which navigates to its
 * settings or about page (the about page shows the version and third-party licences).
 */
import type { MenuItemConstructorOptions } from 'electron'
import type { MenuCommand } from '@shared/ipc/contract'

/** What the menu depends on; all injected so the template is a pure function. */
export interface MenuOptions {
  /** macOS puts an application menu first and uses Cmd. */
  isMac: boolean
  /** Shown, disabled, in the 帮助 menu so a user on the phone can read it out. */
  appVersion: string
  /** Developer tools are offered only in unpackaged (development) runs. */
  isPackaged: boolean
  /** Posts a command to the main window's page. */
  send: (command: MenuCommand) => void
}

/** The product name as it appears in menu labels. */
const PRODUCT = '社联台'

/**
 * The menu template: 文件 / 编辑 / 视图 / 帮助 (plus the app menu on macOS). Editing and view
 * items use Electron roles, so they work in every input of the page without any renderer code;
 * only their labels are set, because role labels are English.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const { isMac, appVersion, isPackaged, send } = options

  const settings: MenuItemConstructorOptions = {
    id: 'settings',
    label: '设置…',
    accelerator: 'CmdOrCtrl+,',
    click: () => send('navigate-settings')
  }
  const about: MenuItemConstructorOptions = {
    id: 'about',
    label: `关于${PRODUCT}`,
    click: () => send('navigate-about')
  }

  const template: MenuItemConstructorOptions[] = []
  if (isMac) {
    template.push({
      label: PRODUCT,
      submenu: [
        about,
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'hide', label: `隐藏${PRODUCT}` },
        { role: 'hideOthers', label: '隐藏其他' },
        { role: 'unhide', label: '全部显示' },
        { type: 'separator' },
        { role: 'quit', label: `退出${PRODUCT}` }
      ]
    })
  }

  template.push({
    label: '文件',
    submenu: isMac
      ? [{ role: 'close', label: '关闭窗口' }]
      : [settings, { type: 'separator' }, { role: 'quit', label: '退出' }]
  })

  template.push({
    label: '编辑',
    submenu: [
      { role: 'undo', label: '撤销' },
      { role: 'redo', label: '重做' },
      { type: 'separator' },
      { role: 'cut', label: '剪切' },
      { role: 'copy', label: '复制' },
      { role: 'paste', label: '粘贴' },
      { type: 'separator' },
      { role: 'selectAll', label: '全选' }
    ]
  })

  const devTools: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'toggleDevTools', label: '开发者工具' }]
  template.push({
    label: '视图',
    submenu: [
      { role: 'reload', label: '重新加载' },
      ...devTools,
      { type: 'separator' },
      { role: 'resetZoom', label: '实际大小' },
      { role: 'zoomIn', label: '放大' },
      { role: 'zoomOut', label: '缩小' },
      { type: 'separator' },
      { role: 'togglefullscreen', label: '全屏' }
    ]
  })

  template.push({
    label: '帮助',
    submenu: [
      ...(isMac ? [] : [about, { type: 'separator' } as const]),
      { id: 'version', label: `版本 ${appVersion}`, enabled: false }
    ]
  })

  return template
}
