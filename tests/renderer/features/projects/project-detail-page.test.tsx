import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { yuan } from '@shared/domain/money'
import { planTranches } from '@shared/domain/venture/results'
import { TODAY } from '../../db/helpers'
import { button, confirmation, dialog, drawer, type } from '../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { content, ORGANIZATIONS, roundOf, ventureDatabase } from '../venture/seed'
import {
  deliveryDatabase,
  pendingPurchase,
  PROVIDER,
  PURCHASER,
  renderProject,
  runningProject
} from '../../helpers/project-seed'

describe('project page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('shows the contract with its staffing gap, and terminates only with a reason, after saying it cannot be undone', async () => {
    const { db, project } = await deliveryDatabase(pendingPurchase())
    renderProject(db, `/projects/${project.id}`)

    await screen.findByRole('heading', { level: 3, name: project.title })
    const summary = screen.getByRole('region', { name: '项目概要' })
    expect(within(summary).getByText('政府购买服务')).toBeTruthy()
    expect(within(summary).getByText('待签约')).toBeTruthy()
    expect(await within(summary).findByRole('link', { name: PROVIDER.name })).toBeTruthy()
    expect(within(summary).getByText(/180,000\.00 元（人民币壹拾捌万元整）/)).toBeTruthy()
    expect(within(summary).getByText(/2026-12-01 至 2027-11-30/)).toBeTruthy()

    const purchase = await screen.findByRole('region', { name: '采购信息' })
    expect(within(purchase).getByText(`${PURCHASER}（街道办事处）`)).toBeTruthy()
    expect(within(purchase).getByText('竞争性磋商')).toBeTruthy()
    expect(within(purchase).getByText('GL-03-01 社区居家养老服务')).toBeTruthy()
    expect(within(purchase).getByText('中标（成交）')).toBeTruthy()
    expect(screen.getByText('人员配备不足：工作人员（不限持证）须 2 名，还差 1 名')).toBeTruthy()
    expect(await screen.findByText(/签约：在“协议与变更”中起草并签订协议/)).toBeTruthy()

    fireEvent.click(button('终止'))
    const form = await dialog('终止')
    fireEvent.click(button('终止', form))
    expect(await within(form).findByText('终止项目须写明理由')).toBeTruthy()
    type(form, '终止理由', '承接组织无法继续履行合同')
    fireEvent.click(button('终止', form))
    const confirm = await confirmation('确认终止？')
    expect(within(confirm).getByText(/不能撤销/)).toBeTruthy()
    expect((await db.projects.get(project.id))!.status).toBe('待签约')
    fireEvent.click(button('终止', confirm))

    expect(await screen.findByText(/项目已于 2026-11-22 终止/)).toBeTruthy()
    expect(await db.projects.get(project.id)).toMatchObject({
      status: '已终止',
      terminatedOn: TODAY,
      terminationReason: '承接组织无法继续履行合同'
    })
    // A terminated project offers no more steps (the closing confirmation may still be fading out).
    const steps = screen
      .queryAllByRole('button', { name: /终\s*止/ })
      .filter((element) => !element.closest('.ant-modal'))
    expect(steps).toEqual([])
  })

  it('opens every contract field on 编辑 before signing, and only the name and communities after', async () => {
    const { db, project } = await deliveryDatabase(pendingPurchase())
    const view = renderProject(db, `/projects/${project.id}`)

    await screen.findByRole('heading', { level: 3, name: project.title })
    fireEvent.click(button('编辑'))
    const contract = await drawer(`编辑：${project.title}`)
    expect(within(contract).getByLabelText('合同金额（元）')).toHaveProperty('value', '180000.00')
    expect(within(contract).getByLabelText('采购方式')).toBeTruthy()
    expect(within(contract).getByLabelText('服务团队')).toBeTruthy()
    view.unmount()

    const signed = pendingPurchase({ id: 'project-signed', status: '执行中' })
    await db.projects.add(signed)
    renderProject(db, `/projects/${signed.id}`)
    await screen.findByRole('heading', { level: 3, name: signed.title })
    fireEvent.click(button('编辑'))
    const form = await drawer(`编辑：${signed.title}`)
    expect(within(form).getByText(/须在“协议与变更”中申请变更/)).toBeTruthy()
    expect(within(form).queryByLabelText('合同金额（元）')).toBeNull()
    expect(within(form).queryByLabelText('服务团队')).toBeNull()
    type(form, '项目名称', '军门社区居家养老服务（二期）')
    fireEvent.click(button('保存', form))
    await waitFor(async () =>
      expect((await db.projects.get(signed.id))!.title).toBe('军门社区居家养老服务（二期）')
    )
  })

  it('links a 公益创投 project to its round and application, and says why it cannot close yet', async () => {
    const { db, repos } = await ventureDatabase()
    const round = await roundOf(repos, 2027)
    await repos.ventureRounds.perform(round.id, 'open')
    const { record: application } = await repos.applications.create({
      roundId: round.id,
      organizationId: ORGANIZATIONS[1]!.id,
      ...content()
    })
    const amountFen = yuan(60_000)
    const project = runningProject({
      id: 'project-venture',
      origin: { kind: 'venture', roundId: round.id, applicationId: application.id },
      organizationId: ORGANIZATIONS[1]!.id,
      amountFen,
      matchingFen: yuan(40_000),
      tranches: planTranches(amountFen, [
        { percent: 50, gate: 'signing' },
        { percent: 50, gate: 'final' }
      ]),
      startOn: '2026-10-01',
      endOn: '2027-09-30',
      communityIds: [],
      socialWorkerIds: []
    })
    await db.projects.add(project)
    renderProject(db, `/projects/${project.id}`)

    const origin = await screen.findByRole('region', { name: '公益创投来源' })
    expect(within(origin).getByRole('link', { name: round.name }).getAttribute('href')).toBe(
      `/venture/${round.id}`
    )
    expect(within(origin).getByRole('link', { name: '银龄互助探访' }).getAttribute('href')).toBe(
      `/venture/applications/${application.id}`
    )
    expect(screen.getByText('40,000.00 元')).toBeTruthy()
    expect(button('结项')).toHaveProperty('disabled', true)
    expect(screen.getByText('结项：还没有定稿的末期评估')).toBeTruthy()
    expect(screen.queryByRole('region', { name: '采购信息' })).toBeNull()

    fireEvent.click(screen.getByRole('tab', { name: '操作记录' }))
    expect(await screen.findByRole('heading', { name: '项目修改记录' })).toBeTruthy()
  })
})
