import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { button, choose } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { PROJECT_ID } from '../../../helpers/project-seed'
import { roundOf } from '../../venture/seed'
import { needDatabase, PROJECT_OPTION, renderNeed } from './seed'

describe('need page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('matches the need to a project from the suggestions, whose reasons are shown', async () => {
    const { db } = await needDatabase()
    renderNeed(db, 'need-1')

    const organizations = await screen.findByRole('region', { name: '社会组织' })
    expect(await within(organizations).findByText('服务领域一致：为老服务')).toBeTruthy()
    expect(within(organizations).getAllByText('服务本社区').length).toBeGreaterThan(0)
    fireEvent.click(within(organizations).getByLabelText('鼓楼长者服务中心'))
    const workers = screen.getByRole('region', { name: '社工' })
    fireEvent.click(within(workers).getByLabelText('李娜'))
    await choose(document.body, '对接的项目', PROJECT_OPTION)
    fireEvent.click(button('对接'))

    await waitFor(async () => expect(await db.needMatches.count()).toBe(1))
    expect((await db.needMatches.toArray())[0]).toMatchObject({
      needId: 'need-1',
      target: 'project',
      projectId: PROJECT_ID,
      organizationId: 'org-elder',
      socialWorkerIds: ['worker-1'],
      withdrawnAt: null
    })
    expect(await db.needs.get('need-1')).toMatchObject({
      status: '已对接',
      projectIds: [PROJECT_ID]
    })
    const history = screen.getByRole('region', { name: '对接记录' })
    expect(await within(history).findByRole('link', { name: '银龄互助探访' })).toBeTruthy()
  })

  it('refuses a match to a project archived since it was chosen, saying so', async () => {
    const { db } = await needDatabase()
    renderNeed(db, 'need-1')

    await screen.findByRole('region', { name: '社会组织' })
    await choose(document.body, '对接的项目', PROJECT_OPTION)
    await db.projects.update(PROJECT_ID, { archivedAt: '2026-11-22T01:00:00.000Z' })

    expect(await screen.findByText('项目“银龄互助探访”已归档，不能对接')).toBeTruthy()
    fireEvent.click(button('对接'))
    expect(screen.getByText('项目“银龄互助探访”已归档，不能对接')).toBeTruthy()
    expect(await db.needMatches.count()).toBe(0)
    expect((await db.needs.get('need-1'))!.status).toBe('待对接')
  })

  it('drafts an application for a round still accepting them, prefilled from the need', async () => {
    const { db, repos } = await needDatabase()
    const round = await roundOf(repos, 2027)
    renderNeed(db, 'need-1')

    const organizations = await screen.findByRole('region', { name: '社会组织' })
    fireEvent.click(await within(organizations).findByLabelText('鼓楼长者服务中心'))
    fireEvent.click(screen.getByLabelText('生成下一批次申报草稿'))
    await screen.findByLabelText('公益创投批次')
    await choose(document.body, '公益创投批次', `${round.name}（筹备）`)
    fireEvent.click(button('生成申报草稿'))

    expect(await screen.findByRole('link', { name: '打开申报书' })).toBeTruthy()
    const [application] = await db.applications.toArray()
    expect(application).toMatchObject({
      roundId: round.id,
      organizationId: 'org-elder',
      status: '草稿',
      title: '华侨路社区独居老人助餐项目',
      communityIds: ['community-1'],
      needIds: ['need-1']
    })
    expect((await db.needMatches.toArray())[0]).toMatchObject({
      target: 'application',
      applicationId: application!.id
    })
  })
})
