import { describe, expect, it } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { SettingsPage } from '@renderer/features/settings/settings-page'
import {
  createSettingsRepository,
  GENERAL_SETTINGS_KEY
} from '@renderer/db/repositories/settings-repository'
import { buttonName, freshDatabase, renderApp } from '../../helpers/render-app'

const type = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } })

// Each settings card has its own 保存.
const saveGeneral = () =>
  fireEvent.click(
    within(screen.getByRole('region', { name: '基本信息' })).getByRole('button', {
      name: buttonName('保存')
    })
  )

// The settings page is heavy for happy-dom, and slower still on a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('SettingsPage', { timeout: 30_000 }, () => {
  it('shows each settings group and tool as its own card, rules before data tools', async () => {
    renderApp(<SettingsPage />)
    await screen.findByLabelText('操作人')
    expect(screen.getAllByRole('region').map((card) => card.getAttribute('aria-label'))).toEqual([
      '基本信息',
      '孵化基地设置',
      '评分标准',
      '报告字体',
      '数据备份与恢复',
      '自动备份',
      '示例数据'
    ])
  })

  it('starts from the defaults on a new installation', async () => {
    renderApp(<SettingsPage />)
    const operator = (await screen.findByLabelText('操作人')) as HTMLInputElement
    expect(operator.value).toBe('')
    expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe('')
    expect((screen.getByLabelText('保留自动备份份数') as HTMLInputElement).value).toBe('10')
  })

  it('shows what was saved before', async () => {
    const db = freshDatabase()
    await createSettingsRepository(db).saveGeneral({
      operatorName: '王芳',
      officeName: '温江区社会组织孵化园',
      backupKeep: 20
    })
    renderApp(<SettingsPage />, { db })
    await waitFor(() =>
      expect((screen.getByLabelText('操作人') as HTMLInputElement).value).toBe('王芳')
    )
    expect((screen.getByLabelText('单位名称') as HTMLInputElement).value).toBe(
      '温江区社会组织孵化园'
    )
    expect((screen.getByLabelText('保留自动备份份数') as HTMLInputElement).value).toBe('20')
  })

  it('saves operator, office and backup count and confirms it', async () => {
    const { db } = renderApp(<SettingsPage />)
    await screen.findByLabelText('操作人')
    type('操作人', '张晓梅')
    type('单位名称', '鼓楼区军门社区孵化基地')
    type('保留自动备份份数', '12')
    saveGeneral()
    await screen.findByText('设置已保存')
    await expect(db.settings.get(GENERAL_SETTINGS_KEY)).resolves.toMatchObject({
      value: { operatorName: '张晓梅', officeName: '鼓楼区军门社区孵化基地', backupKeep: 12 }
    })
  })

  it('refuses to save without an operator, says why in Chinese, and writes nothing', async () => {
    const { db } = renderApp(<SettingsPage />)
    await screen.findByLabelText('操作人')
    type('单位名称', '鼓楼区军门社区孵化基地')
    saveGeneral()
    await screen.findByText('请填写操作人')
    expect(screen.queryByText('设置已保存')).toBeNull()
    await expect(db.settings.count()).resolves.toBe(0)
  })

  it('refuses an office name that is too long', async () => {
    const { db } = renderApp(<SettingsPage />)
    await screen.findByLabelText('操作人')
    type('操作人', '张晓梅')
    type('单位名称', '区'.repeat(61))
    saveGeneral()
    await screen.findByText('单位名称不能超过 60 个字')
    await expect(db.settings.count()).resolves.toBe(0)
  })
})
