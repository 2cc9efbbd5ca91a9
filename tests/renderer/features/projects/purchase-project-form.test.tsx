import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes, useParams } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { ProjectsPage } from '@renderer/features/projects/projects-page'
import type { OrganizationDraft } from '@shared/domain/organizations/organization'
import { draftOf, freshDb, SAMPLE } from '../../db/helpers'
import { purchaseWorld } from '../../db/repositories/purchase-fixtures'
import { button, choose, chooseStarting, drawer, formItem, type } from '../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { renderApp } from '../../helpers/render-app'

function ProjectStub() {
  return <div>项目页 {useParams().id}</div>
}

function renderProjects(db: ShelianDatabase) {
  return renderApp(
    <Routes>
      <Route path="/projects" element={<ProjectsPage />} />
      <Route path="/projects/:id" element={<ProjectStub />} />
    </Routes>,
    { db, route: '/projects' }
  )
}

/** Types a date into the antd date field labelled `label`, as a user does, and leaves it. */
function typeDate(container: HTMLElement, label: string, date: string) {
  const input = within(container).getByLabelText(label)
  fireEvent.mouseDown(input)
  fireEvent.focus(input)
  fireEvent.change(input, { target: { value: date } })
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter' })
  fireEvent.blur(input)
}

async function openForm(db: ShelianDatabase) {
  renderProjects(db)
  fireEvent.click(await screen.findByRole('button', { name: /新建购买服务项目/ }))
  return drawer('新建政府购买服务项目')
}

describe('新建政府购买服务项目', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('checks as the user goes: the negative list, the provider, the amount, the period and the plan', async () => {
    const db = freshDb()
    const world = await purchaseWorld(db)
    const filed = SAMPLE.organizations.find((o) => o.registrationStatus === '备案')!
    const { record: group } = await world.repos.organizations.create({
      ...(draftOf(filed) as OrganizationDraft),
      communityIds: []
    })
    const form = await openForm(db)

    fireEvent.mouseDown(within(form).getByLabelText('服务目录事项'))
    const refused = await screen.findByText(/“街道编外人员劳务派遣”属于 102号令第十条负面清单/)
    expect(refused.closest('.ant-select-item-option-disabled')).toBeTruthy()
    await choose(form, '服务目录事项', '心理疏导基本公共服务')
    await waitFor(() =>
      expect(within(form).getByLabelText('服务类别')).toHaveProperty('value', '基本公共服务')
    )

    await chooseStarting(form, '承接组织', group.name)
    expect(
      await within(formItem(form, '承接组织')).findByText(/是备案的社区社会组织，不具有法人资格/)
    ).toBeTruthy()

    type(form, '合同金额（元）', '300000.01')
    expect(await within(form).findByText('大写：人民币叁拾万元零壹分')).toBeTruthy()
    expect(within(form).getByText('150,000.00 元')).toBeTruthy()
    expect(within(form).getByText('90,000.00 元')).toBeTruthy()
    expect(within(form).getByText('60,000.01 元')).toBeTruthy()

    typeDate(form, '服务开始日期', '2026-12-01')
    await waitFor(() =>
      expect(within(form).getByLabelText('服务结束日期')).toHaveProperty('value', '2027-11-30')
    )
    expect(within(form).getByText('合同期 12 个月')).toBeTruthy()
    expect(within(form).queryByLabelText('跨年度合同的理由（多年期理由）')).toBeNull()
    typeDate(form, '服务结束日期', '2028-11-30')
    expect(await within(form).findByLabelText('跨年度合同的理由（多年期理由）')).toBeTruthy()
    expect(within(form).getByText('合同期 24 个月')).toBeTruthy()
  })
  it('puts a refusal at its field, then saves a single-source purchase with its plan and 绩效目标表', async () => {
    const db = freshDb()
    const world = await purchaseWorld(db)
    const form = await openForm(db)

    type(form, '项目名称', '柳城街道社区心理疏导服务')
    type(form, '购买方', '柳城街道办事处')
    await choose(form, '服务目录事项', '心理疏导基本公共服务')
    await choose(form, '资金来源', '一般公共预算')
    await chooseStarting(form, '承接组织', world.provider.name)
    type(form, '合同金额（元）', '30万')
    typeDate(form, '服务开始日期', '2026-12-01')
    await choose(form, '采购方式', '单一来源采购')
    await within(form).findByLabelText('单一来源理由')
    type(form, '单一来源理由', '辖区唯一持有心理服务资质的社会组织')
    typeDate(form, '公示日期', '2026-10-20')
    fireEvent.click(button('添加供应商', form))
    fireEvent.change(await within(form).findByLabelText('名称 1'), {
      target: { value: world.provider.name }
    })
    typeDate(form, '中标（成交）日期', '2026-10-28')
    fireEvent.click(button('保存', form))

    // The repository's refusal, at the field it is about; nothing is written.
    const award = formItem(form, '中标（成交）供应商')
    expect(await within(award).findByText('请选择中标（成交）供应商')).toBeTruthy()
    expect(await world.projects.listAll()).toEqual([])
    await choose(form, '中标（成交）供应商', `1. ${world.provider.name}`)
    fireEvent.click(button('保存', form))

    expect(await screen.findByText(/^项目页 /)).toBeTruthy()
    const [project] = await world.projects.listAll()
    expect(project).toMatchObject({
      channel: '政府购买服务',
      status: '待签约',
      title: '柳城街道社区心理疏导服务',
      organizationId: world.provider.id,
      category: '基本公共服务',
      amountFen: 30_000_000,
      approvedOn: '2026-11-22',
      startOn: '2026-12-01',
      endOn: '2027-11-30',
      tranches: [
        { no: 1, percent: 50, gate: 'signing', amountFen: 15_000_000 },
        { no: 2, percent: 30, gate: 'midterm', amountFen: 9_000_000 },
        { no: 3, percent: 20, gate: 'final', amountFen: 6_000_000 }
      ]
    })
    expect(project!.purchase).toMatchObject({
      purchaser: { name: '柳城街道办事处', kind: '街道办事处' },
      catalogueItemIds: [world.item.id],
      budgetSource: '一般公共预算',
      multiYearJustification: null,
      procurement: {
        method: '单一来源',
        fields: {
          singleSourceReason: '辖区唯一持有心理服务资质的社会组织',
          publicityOn: '2026-10-20'
        },
        bidders: [{ name: world.provider.name, qualified: true }],
        awardedIndex: 0,
        awardedOn: '2026-10-28'
      }
    })
    expect(project!.indicators.filter((node) => node.level === 1).map((node) => node.name)).toEqual(
      ['决策', '过程', '产出', '效益']
    )
    expect(screen.getByText(`项目页 ${project!.id}`)).toBeTruthy()
  })
})
