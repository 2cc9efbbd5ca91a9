import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { yuan } from '@shared/domain/money'
import { TODAY } from '../../../db/helpers'
import { button, confirmation, dialog, drawer, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import {
  deliveryDatabase,
  PENDING_FEN,
  pendingPurchase,
  PROVIDER,
  PURCHASER,
  renderProject,
  WORKERS
} from '../../../helpers/project-seed'

/** Two people: the staffing the seeded contract asks for. */
const TEAM = [WORKERS[0].id, WORKERS[1].id]

/** Terms that write up the service and leave the other headings of art. 23 empty. */
const TERMS = '一、服务内容：入户探访、助餐\n二、服务数量：\n三、服务质量：'

describe('协议与变更', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('drafts the agreement from the project, then signs it after warning of the unwritten headings', async () => {
    const { db, project } = await deliveryDatabase(pendingPurchase({ socialWorkerIds: TEAM }))
    renderProject(db, `/projects/${project.id}?tab=agreement`)

    fireEvent.click(await screen.findByRole('button', { name: '起草协议' }))
    const form = await drawer('起草协议')
    expect(within(form).getByLabelText('甲方')).toHaveProperty('value', PURCHASER)
    expect(within(form).getByLabelText('乙方')).toHaveProperty('value', PROVIDER.name)
    expect(within(form).getByLabelText('合同金额（元）')).toHaveProperty('value', '180000.00')
    expect(within(form).getByText('大写：人民币壹拾捌万元整')).toBeTruthy()
    expect(within(form).getByText('服务内容：未写明')).toBeTruthy()
    type(form, '合同编号', 'GL-GM-2026-012')
    type(form, '合同条款', TERMS)
    expect(await within(form).findByText('服务内容：已写明')).toBeTruthy()
    fireEvent.click(button('保存', form))

    await waitFor(async () =>
      expect(await db.agreements.where('projectId').equals(project.id).first()).toMatchObject({
        number: 'GL-GM-2026-012',
        partyA: PURCHASER,
        amountFen: PENDING_FEN,
        startOn: '2026-12-01',
        status: '草拟'
      })
    )

    fireEvent.click(await screen.findByRole('button', { name: /签\s*订/ }))
    const sign = await dialog('签订协议：GL-GM-2026-012')
    expect(
      within(sign).getByText('服务数量、服务质量、资金结算方式、双方权利义务、违约责任')
    ).toBeTruthy()
    fireEvent.click(button('签订', sign))
    const confirm = await confirmation('确认签订协议？')
    expect(within(confirm).getByText(/签订后协议锁定，不能再修改/)).toBeTruthy()
    fireEvent.click(button('签订', confirm))

    expect(
      await screen.findByText(
        `协议 GL-GM-2026-012 已于 ${TODAY} 签订，不能再修改；如需更改请办理变更`
      )
    ).toBeTruthy()
    expect((await db.projects.get(project.id))!.status).toBe('执行中')
    expect((await db.agreements.where('projectId').equals(project.id).first())!.status).toBe(
      '已签订'
    )
    const tab = screen.getByRole('tabpanel', { name: '协议与变更' })
    expect(within(tab).queryByRole('button', { name: /编\s*辑|签\s*订/ })).toBeNull()
  })

  it('requests a higher amount and approves it, showing the change and the terms in force', async () => {
    const { db, repos, project } = await deliveryDatabase(
      pendingPurchase({ socialWorkerIds: TEAM })
    )
    const { record: agreement } = await repos.agreements.create(project.id, {
      number: 'GL-GM-2026-013',
      title: '柳城社区居家养老服务合同',
      partyA: PURCHASER,
      partyB: PROVIDER.name,
      startOn: '2026-12-01',
      endOn: '2027-11-30',
      amountFen: PENDING_FEN,
      terms: '一、服务内容：入户探访'
    })
    await repos.agreements.sign(agreement.id, { signedOn: '2026-11-20' })
    renderProject(db, `/projects/${project.id}?tab=agreement`)

    fireEvent.click(await screen.findByRole('button', { name: '申请变更' }))
    const request = await dialog('申请变更')
    type(request, '变更理由', '服务对象增加 40 人')
    fireEvent.click(within(request).getByLabelText('合同金额'))
    type(request, '变更后的合同金额（元）', '200000')
    fireEvent.click(button('申请变更', request))

    const card = await screen.findByRole('region', { name: '第 1 号变更' })
    expect(within(card).getByText('待审批')).toBeTruthy()
    expect(within(card).getByText('180,000.00 元（人民币壹拾捌万元整）')).toBeTruthy()
    expect(within(card).getByText('200,000.00 元（人民币贰拾万元整）')).toBeTruthy()

    fireEvent.click(button('批准', card))
    const decide = await dialog('批准第 1 号变更')
    fireEvent.click(button('批准', decide))
    const confirm = await confirmation('确认批准这项变更？')
    expect(within(confirm).getByText(/批准不能撤销/)).toBeTruthy()
    fireEvent.click(button('批准', confirm))

    expect(await within(card).findByText('已批准')).toBeTruthy()
    const effective = screen.getByRole('region', { name: '现行条款' })
    expect(within(effective).getByText('签订的协议加上已批准的 1 项变更。')).toBeTruthy()
    expect(within(effective).getByText('200,000.00 元（人民币贰拾万元整）')).toBeTruthy()
    expect((await db.projects.get(project.id))!.amountFen).toBe(yuan(200_000))
  })
})
