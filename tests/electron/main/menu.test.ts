import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import type { MenuCommand } from '@shared/ipc/contract'
import { buildMenuTemplate } from '../../../electron/main/menu'

function build(overrides: { isMac?: boolean; isPackaged?: boolean } = {}) {
  const send = vi.fn<(command: MenuCommand) => void>()
  const template = buildMenuTemplate({
    isMac: overrides.isMac ?? false,
    appVersion: '1.2.3',
    isPackaged: overrides.isPackaged ?? true,
    send
  })
  return { template, send }
}

function submenu(template: MenuItemConstructorOptions[], label: string) {
  const top = template.find((item) => item.label === label)
  if (!top) throw new Error(`no top-level menu ${label}`)
  return top.submenu as MenuItemConstructorOptions[]
}

function item(items: MenuItemConstructorOptions[], label: string) {
  const found = items.find((entry) => entry.label === label)
  if (!found) throw new Error(`no item ${label}`)
  return found
}

function click(entry: MenuItemConstructorOptions): void {
  ;(entry.click as () => void)()
}

/** Every label in the tree, to check nothing is left in English. */
function labels(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((entry) => [
    ...(entry.label ? [entry.label] : []),
    ...(Array.isArray(entry.submenu) ? labels(entry.submenu) : [])
  ])
}

describe('buildMenuTemplate (Windows / Linux)', () => {
  it('has the Chinese top-level menus in order', () => {
    expect(build().template.map((entry) => entry.label)).toEqual(['文件', '编辑', '视图', '帮助'])
  })

  it('关于社联台 sends navigate-about and nothing else', () => {
    const { template, send } = build()
    click(item(submenu(template, '帮助'), '关于社联台'))
    expect(send).toHaveBeenCalledExactlyOnceWith('navigate-about')
  })

  it('设置… sends navigate-settings on Ctrl+,', () => {
    const { template, send } = build()
    const settings = item(submenu(template, '文件'), '设置…')
    expect(settings.accelerator).toBe('CmdOrCtrl+,')
    click(settings)
    expect(send).toHaveBeenCalledExactlyOnceWith('navigate-settings')
  })

  it('文件 ends with 退出 through the quit role', () => {
    const items = submenu(build().template, '文件')
    expect(items.at(-1)).toMatchObject({ role: 'quit', label: '退出' })
  })

  it('编辑 uses the native editing roles with Chinese labels', () => {
    const items = submenu(build().template, '编辑').filter((entry) => entry.type !== 'separator')
    expect(items.map((entry) => [entry.role, entry.label])).toEqual([
      ['undo', '撤销'],
      ['redo', '重做'],
      ['cut', '剪切'],
      ['copy', '复制'],
      ['paste', '粘贴'],
      ['selectAll', '全选']
    ])
  })

  it('视图 offers reload, zoom and full screen, without developer tools when packaged', () => {
    const items = submenu(build({ isPackaged: true }).template, '视图')
    const roles = items.filter((entry) => entry.role).map((entry) => [entry.role, entry.label])
    expect(roles).toEqual([
      ['reload', '重新加载'],
      ['resetZoom', '实际大小'],
      ['zoomIn', '放大'],
      ['zoomOut', '缩小'],
      ['togglefullscreen', '全屏']
    ])
  })

  it('adds developer tools to 视图 only when not packaged', () => {
    const items = submenu(build({ isPackaged: false }).template, '视图')
    expect(items.some((entry) => entry.role === 'toggleDevTools')).toBe(true)
  })

  it('shows the version, disabled, in 帮助', () => {
    const version = item(submenu(build().template, '帮助'), '版本 1.2.3')
    expect(version.enabled).toBe(false)
  })

  it('has no English labels', () => {
    for (const label of labels(build({ isPackaged: false }).template)) {
      expect(label).toMatch(/[\u4e00-\u9fff]/)
    }
  })
})

describe('buildMenuTemplate (macOS)', () => {
  it('puts the app menu first, with 关于 and 设置…', () => {
    const { template, send } = build({ isMac: true })
    expect(template.map((entry) => entry.label)).toEqual(['社联台', '文件', '编辑', '视图', '帮助'])
    const app = submenu(template, '社联台')
    click(item(app, '关于社联台'))
    click(item(app, '设置…'))
    expect(send.mock.calls).toEqual([['navigate-about'], ['navigate-settings']])
  })
})
