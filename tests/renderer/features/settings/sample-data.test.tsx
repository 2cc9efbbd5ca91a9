import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { createRepositories } from '@renderer/db/repositories'
import { SettingsPage } from '@renderer/features/settings/settings-page'
import { buttonName, freshDatabase, renderApp } from '../../helpers/render-app'

// Ends with the label: antd keeps the leaving loading icon (named "loading") in happy-dom.
const loadButton = () => screen.findByRole('button', { name: /载入示例数据$/ })

describe('示例数据', () => {
  it('explains what it loads, loads it in one go, and is then no longer offered', async () => {
    const { db } = renderApp(<SettingsPage />)
    await waitFor(async () => expect((await loadButton()).hasAttribute('disabled')).toBe(false))
    fireEvent.click(await loadButton())

    const dialog = await screen.findByRole('dialog', { name: '载入示例数据？' })
    expect(
      within(dialog).getByText('将在一次操作中载入：社会组织 240 个、社区 80 个、社工 160 名。')
    ).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('button', { name: buttonName('载入') }))

    await screen.findByText('已载入示例数据：社会组织 240 个、社区 80 个、社工 160 名')
    await expect(createRepositories(db).countRecords()).resolves.toEqual({
      organizations: 240,
      communities: 80,
      socialWorkers: 160
    })
    await waitFor(async () => expect((await loadButton()).hasAttribute('disabled')).toBe(true))
    expect(screen.getByText('已经有社会组织、社区或社工数据，不能再载入示例数据。')).toBeTruthy()
  })

  it('loads nothing when the confirmation is cancelled', async () => {
    const { db } = renderApp(<SettingsPage />)
    await waitFor(async () => expect((await loadButton()).hasAttribute('disabled')).toBe(false))
    fireEvent.click(await loadButton())
    const dialog = await screen.findByRole('dialog', { name: '载入示例数据？' })
    fireEvent.click(within(dialog).getByRole('button', { name: buttonName('取消') }))
    // happy-dom runs no CSS transitions, so the closing dialog stays in its leave state.
    await waitFor(() => expect(dialog.className).toContain('leave'))
    await expect(db.communities.count()).resolves.toBe(0)
    expect((await loadButton()).hasAttribute('disabled')).toBe(false)
  })

  it('is not offered when the database already has records', async () => {
    const db = freshDatabase()
    await createRepositories(db).communities.create({
      name: '南街社区',
      district: '温江区',
      subdistrict: '柳城街道',
      divisionCode: null,
      households: 100,
      population: 300,
      grids: 3
    })
    renderApp(<SettingsPage />, { db })
    await screen.findByText('已经有社会组织、社区或社工数据，不能再载入示例数据。')
    expect((await loadButton()).hasAttribute('disabled')).toBe(true)
  })
})
