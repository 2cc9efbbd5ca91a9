import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes, useParams } from 'react-router'
import { ProjectsPage } from '@renderer/features/projects/projects-page'
import type { ShelianDatabase } from '@renderer/db/schema'
import { yuan } from '@shared/domain/money'
import { planTranches } from '@shared/domain/venture/results'
import { DEFAULT_TRANCHES, newRoundDraft } from '@shared/domain/venture/round'
import { tickingClock } from '../../db/helpers'
import {
  projectDatabase,
  PROVIDER,
  purchaseDraft,
  runningProject
} from '../../helpers/project-seed'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { renderApp } from '../../helpers/render-app'

/** The project's own page, as the route shows it; its tabs have tests of their own. */
function ProjectStub() {
  return <div>项目页 {useParams().id}</div>
}

function renderProjects(db: ShelianDatabase, route = '/projects') {
  return renderApp(
    <Routes>
      <Route path="/projects" element={<ProjectsPage />} />
      <Route path="/projects/:id" element={<ProjectStub />} />
    </Routes>,
    { db, route }
  )
}

/**
 * A 政府购买服务 project waiting 52 days for its signature, and a 公益创投 project of the 2026
 * round in its service year, written as 立项 writes it.
 */
async function bothChannels() {
  const { db, repos } = await projectDatabase(tickingClock())
  const { record: purchase } = await repos.projects.createPurchase(
    purchaseDraft({ approvedOn: '2026-10-01' })
  )
  const { record: round } = await repos.ventureRounds.create({
    ...newRoundDraft(2026, yuan(1_000_000)),
    name: '2026 年度柳城街道公益创投'
  })
  const venture = runningProject({
    id: 'venture-1',
    origin: { kind: 'venture', roundId: round.id, applicationId: 'application-1' },
    amountFen: yuan(60_000),
    matchingFen: yuan(40_000),
    tranches: planTranches(yuan(60_000), DEFAULT_TRANCHES),
    approvedOn: '2026-02-20',
    communityIds: [],
    indicators: [],
    socialWorkerIds: []
  })
  await db.projects.add(venture)
  return { db, purchase, venture }
}

describe('项目管理 page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('lists the projects of both channels with what each has due next, and filters by status', async () => {
    const { db, purchase } = await bothChannels()
    renderProjects(db)

    const grid = await screen.findByRole('grid', { name: '项目列表' })
    const purchaseRow = (await within(grid).findByText(purchase.title)).closest('[role="row"]')!
    const ventureRow = within(grid).getByText('银龄互助探访').closest('[role="row"]')!
    expect(within(purchaseRow as HTMLElement).getByText('政府购买服务')).toBeTruthy()
    expect(within(purchaseRow as HTMLElement).getByText('柳城街道办事处')).toBeTruthy()
    expect(within(purchaseRow as HTMLElement).getByText('300,000.01')).toBeTruthy()
    expect(within(purchaseRow as HTMLElement).getByText('待签约')).toBeTruthy()
    expect(
      within(purchaseRow as HTMLElement).getByText('2026-10-31 签约（立项已 52 天，协议尚未签订）')
    ).toBeTruthy()
    expect(within(ventureRow as HTMLElement).getByText('2026 年度柳城街道公益创投')).toBeTruthy()
    expect(within(ventureRow as HTMLElement).getByText('2026-03-01 至 2027-02-28')).toBeTruthy()
    expect(within(ventureRow as HTMLElement).getByText(/^2026-08-\d\d 中期评估$/)).toBeTruthy()
    expect(within(ventureRow as HTMLElement).getAllByText(PROVIDER.name)).toHaveLength(1)

    fireEvent.click(screen.getByRole('button', { name: '筛选：状态' }))
    const filter = await screen.findByRole('group', { name: '筛选：状态' })
    fireEvent.click(within(filter).getByRole('checkbox', { name: '执行中 1' }))
    await waitFor(() => expect(screen.getByText('筛选出 1 / 2 条')).toBeTruthy())
    expect(within(grid).queryByText(purchase.title)).toBeNull()

    fireEvent.click(within(grid).getByRole('link', { name: '银龄互助探访' }))
    expect(await screen.findByText('项目页 venture-1')).toBeTruthy()
  })

  it('groups what is due by urgency, each item linking to its project', async () => {
    const { db, purchase } = await bothChannels()
    renderProjects(db, '/projects?tab=due')

    const overdue = await screen.findByRole('generic', { name: '已逾期' })
    expect(within(overdue).getByText('已逾期（2）')).toBeTruthy()
    expect(within(overdue).getByText('签约（立项已 52 天，协议尚未签订）')).toBeTruthy()
    expect(within(overdue).getByText('逾期 22 天')).toBeTruthy()
    expect(within(overdue).getByText('中期评估')).toBeTruthy()
    const later = screen.getByRole('generic', { name: '以后' })
    expect(within(later).getByText('末期评估')).toBeTruthy()
    expect(within(later).getByText('2027-01-28')).toBeTruthy()
    expect(within(screen.getByRole('generic', { name: '7天内' })).getByText('无')).toBeTruthy()

    fireEvent.click(within(overdue).getByRole('link', { name: purchase.title }))
    expect(await screen.findByText(`项目页 ${purchase.id}`)).toBeTruthy()
  })
})
