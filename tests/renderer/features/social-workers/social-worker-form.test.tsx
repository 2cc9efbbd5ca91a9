import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { SocialWorkersPage } from '@renderer/features/social-workers/social-workers-page'
import { residentIdCheckChar } from '@shared/domain/identifiers/resident-id'
import { button, choose, drawer, formItem, type } from '../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { projectDatabase, PROVIDER } from '../../helpers/project-seed'
import { renderApp } from '../../helpers/render-app'

const renderWorkers = (db: ShelianDatabase) =>
  renderApp(
    <Routes>
      <Route path="/social-workers" element={<SocialWorkersPage />} />
    </Routes>,
    { db, route: '/social-workers' }
  )

const ID_BODY = '35010219900101123'
const ID_NUMBER = ID_BODY + residentIdCheckChar(ID_BODY)
/** 李娜's certificate (WORKERS[0]). */
const TAKEN = 'SW-2021-0001'

describe('新建 / 编辑社工', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('refuses a certificate number already on file at its field, then saves the worker', async () => {
    const { db } = await projectDatabase()
    renderWorkers(db)
    await screen.findByText('共 3 条')

    fireEvent.click(button('新建社工'))
    const form = await drawer('新建社工')
    type(form, '姓名', '陈静')
    await choose(form, '性别', '女')
    await choose(form, '职业水平', '社会工作师')
    // The rule stores certificate numbers in capitals, so a lower-case copy is the same one.
    type(form, '证书编号', TAKEN.toLowerCase())
    await choose(form, '专长', '老年社会工作')
    fireEvent.click(button('保存', form))
    expect(
      await within(formItem(form, '证书编号')).findByText(
        `证书编号 ${TAKEN} 已登记给“李娜”，同一证书不能重复录入`
      )
    ).toBeTruthy()
    expect(await db.socialWorkers.count()).toBe(3)

    type(form, '证书编号', 'sw-2024-0101')
    fireEvent.click(button('保存', form))

    expect(await screen.findByText('已新建社工：陈静')).toBeTruthy()
    await screen.findByText('共 4 条')
    const stored = (await db.socialWorkers.toArray()).find((w) => w.name === '陈静')
    expect(stored).toMatchObject({
      gender: '女',
      certLevel: '社会工作师',
      certNo: 'SW-2024-0101',
      specialties: ['老年社会工作'],
      employerId: null,
      phone: null,
      idNumber: null
    })
  })

  it('edits a worker from the panel, keeping the fields not changed and the ID number masked', async () => {
    const { db } = await projectDatabase()
    // Today is 2026-11-22: 李娜's registration lapsed last month.
    await db.socialWorkers.update('worker-1', {
      registrationValidUntil: '2026-10-31',
      idNumber: ID_NUMBER,
      specialties: ['心理疏导']
    })
    renderWorkers(db)
    await screen.findByText('共 3 条')
    const grid = screen.getByRole('grid', { name: '社工列表' })
    fireEvent.doubleClick(within(grid).getByText('李娜').closest('[role="row"]')!)
    fireEvent.click(await screen.findByRole('button', { name: /编\s*辑/ }))

    const form = await drawer('编辑社工：李娜')
    expect(
      await within(formItem(form, '登记有效期至')).findByText('登记已过期，请提醒办理再登记')
    ).toBeTruthy()
    expect(within(form).queryByDisplayValue(ID_NUMBER)).toBeNull()
    expect(
      within(form).getByText(`${ID_NUMBER.slice(0, 6)}********${ID_NUMBER.slice(-4)}`)
    ).toBeTruthy()
    type(form, '电话', '13912345678')
    fireEvent.click(button('保存', form))

    expect(await screen.findByText('已保存')).toBeTruthy()
    await waitFor(async () =>
      expect(await db.socialWorkers.get('worker-1')).toMatchObject({
        phone: '13912345678',
        idNumber: ID_NUMBER,
        certLevel: '社会工作师',
        certNo: TAKEN,
        registrationValidUntil: '2026-10-31',
        employerId: PROVIDER.id,
        communityIds: ['community-1'],
        specialties: ['心理疏导']
      })
    )
  })
})
