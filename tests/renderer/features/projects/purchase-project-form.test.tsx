import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { Route, Routes, useParams } from 'react-router'
import { purchaseDraftOf } from '@renderer/db/repositories/projects-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { ProjectDetailPage } from '@renderer/features/projects/project-detail-page'
import { ProjectsPage } from '@renderer/features/projects/projects-page'
import { toDraft, toFormValues } from '@renderer/features/projects/purchase-project-form-values'
import type { OrganizationDraft } from '@shared/domain/organizations/organization'
import { purchaseProjectDraftSchema, type Project } from '@shared/domain/projects/project'
import { draftOf, SAMPLE, snapshot, tickingClock } from '../../db/helpers'
import {
  CATALOGUE,
  INDICATORS,
  projectDatabase,
  PROVIDER,
  purchaseDraft
} from '../../helpers/project-seed'
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
    const { db, repos } = await projectDatabase(tickingClock())
    const filed = SAMPLE.organizations.find((o) => o.registrationStatus === '备案')!
    const { record: group } = await repos.organizations.create({
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
    const { db, repos } = await projectDatabase(tickingClock())
    const form = await openForm(db)

    type(form, '项目名称', '柳城街道社区心理疏导服务')
    type(form, '购买方', '柳城街道办事处')
    await choose(form, '服务目录事项', '心理疏导基本公共服务')
    await choose(form, '资金来源', '一般公共预算')
    await chooseStarting(form, '承接组织', PROVIDER.name)
    type(form, '合同金额（元）', '30万')
    typeDate(form, '服务开始日期', '2026-12-01')
    await choose(form, '采购方式', '单一来源采购')
    await within(form).findByLabelText('单一来源理由')
    type(form, '单一来源理由', '辖区唯一持有心理服务资质的社会组织')
    typeDate(form, '公示日期', '2026-10-20')
    fireEvent.click(button('添加供应商', form))
    fireEvent.change(await within(form).findByLabelText('名称 1'), {
      target: { value: PROVIDER.name }
    })
    typeDate(form, '中标（成交）日期', '2026-10-28')
    fireEvent.click(button('保存', form))

    // The repository's refusal, at the field it is about; nothing is written.
    const award = formItem(form, '中标（成交）供应商')
    expect(await within(award).findByText('请选择中标（成交）供应商')).toBeTruthy()
    expect(await repos.projects.listAll()).toEqual([])
    await choose(form, '中标（成交）供应商', `1. ${PROVIDER.name}`)
    fireEvent.click(button('保存', form))

    expect(await screen.findByText(/^项目页 /)).toBeTruthy()
    const [project] = await repos.projects.listAll()
    expect(project).toMatchObject({
      channel: '政府购买服务',
      status: '待签约',
      title: '柳城街道社区心理疏导服务',
      organizationId: PROVIDER.id,
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
      catalogueItemIds: [CATALOGUE.item.id],
      budgetSource: '一般公共预算',
      multiYearJustification: null,
      procurement: {
        method: '单一来源',
        fields: {
          singleSourceReason: '辖区唯一持有心理服务资质的社会组织',
          publicityOn: '2026-10-20'
        },
        bidders: [{ name: PROVIDER.name, qualified: true }],
        awardedIndex: 0,
        awardedOn: '2026-10-28'
      }
    })
    expect(project!.indicators.filter((node) => node.level === 1).map((node) => node.name)).toEqual(
      ['决策', '过程', '产出', '效益']
    )
    expect(screen.getByText(`项目页 ${project!.id}`)).toBeTruthy()
  })

  it('names every missing field at once when an empty form is saved', async () => {
    const { db, repos } = await projectDatabase(tickingClock())
    const form = await openForm(db)
    fireEvent.click(button('保存', form))

    expect(await within(formItem(form, '合同金额（元）')).findByText('请填写合同金额')).toBeTruthy()
    expect(within(formItem(form, '项目名称')).getByText('请填写项目名称')).toBeTruthy()
    expect(within(formItem(form, '购买方')).getByText('请填写购买主体')).toBeTruthy()
    expect(within(formItem(form, '资金来源')).getByText('请选择资金来源')).toBeTruthy()
    expect(await repos.projects.listAll()).toEqual([])
  })
})

/** Opens 编辑 on the page of `project`, as the app routes it. */
async function openEdit(db: ShelianDatabase, project: Project) {
  renderApp(
    <Routes>
      <Route path="/projects/:id" element={<ProjectDetailPage />} />
    </Routes>,
    { db, route: `/projects/${project.id}` }
  )
  await screen.findByRole('heading', { level: 3, name: project.title })
  fireEvent.click(button('编辑'))
  return drawer(`编辑：${project.title}`)
}

describe('编辑待签约的政府购买服务项目', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('reads a stored project into the form and back without a change', async () => {
    const { repos } = await projectDatabase(tickingClock())
    const { record } = await repos.projects.createPurchase(purchaseDraft())
    const fields = purchaseDraftOf(record)

    const result = toDraft(toFormValues(fields), {
      organizations: [PROVIDER],
      newKey: () => 'unused',
      indicators: record.indicators
    })

    expect(result.ok && purchaseProjectDraftSchema.parse(result.draft)).toEqual(fields)
  })

  it('saves a new amount and procurement, the plan re-spread and the 绩效目标表 kept', async () => {
    const { db, repos } = await projectDatabase(tickingClock())
    const { record } = await repos.projects.createPurchase(purchaseDraft())
    const form = await openEdit(db, record)

    expect(within(form).getByLabelText('合同金额（元）')).toHaveProperty('value', '300000.01')
    expect(within(form).getByLabelText('公示日期')).toHaveProperty('value', '2026-10-20')
    expect(within(form).queryByLabelText('绩效目标表模板')).toBeNull()
    type(form, '合同金额（元）', '36万')
    expect(await within(form).findByText('大写：人民币叁拾陆万元整')).toBeTruthy()
    expect(within(form).getAllByText('144,000.00 元')).toHaveLength(2)
    expect(within(form).getByText('72,000.00 元')).toBeTruthy()
    typeDate(form, '公示日期', '2026-10-22')
    type(form, '报价（元） 1', '360000')
    fireEvent.click(button('保存', form))

    await waitFor(async () =>
      expect((await repos.projects.get(record.id))!.amountFen).toBe(36_000_000)
    )
    const saved = (await repos.projects.get(record.id))!
    expect(saved).toMatchObject({
      status: '待签约',
      title: record.title,
      tranches: [
        { no: 1, percent: 40, gate: 'signing', amountFen: 14_400_000 },
        { no: 2, percent: 40, gate: 'midterm', amountFen: 14_400_000 },
        { no: 3, percent: 20, gate: 'final', amountFen: 7_200_000 }
      ],
      indicators: INDICATORS
    })
    expect(saved.purchase!.procurement).toMatchObject({
      method: '单一来源',
      fields: { publicityOn: '2026-10-22' },
      // The supplier stays linked to the provider it was stored with.
      bidders: [{ name: PROVIDER.name, organizationId: PROVIDER.id }]
    })
    expect(saved.purchase!.procurement.bidders[0]!.quotedFen).toBe(36_000_000)
    const summary = screen.getByRole('region', { name: '项目概要' })
    expect(await within(summary).findByText(/360,000\.00 元（人民币叁拾陆万元整）/)).toBeTruthy()
  })

  it('puts a refused change at its field and writes nothing', async () => {
    const { db, repos } = await projectDatabase(tickingClock())
    const { record } = await repos.projects.createPurchase(purchaseDraft())
    const before = await snapshot(db)
    const form = await openEdit(db, record)

    type(form, '合同金额（元）', '40万')
    fireEvent.change(within(form).getByLabelText('人数 1'), { target: { value: '3' } })
    fireEvent.click(button('保存', form))

    const team = formItem(form, '服务团队')
    expect(
      await within(team).findByText('人员配备不足：社会工作师及以上须 3 名，还差 1 名')
    ).toBeTruthy()
    expect(await snapshot(db)).toEqual(before)
  })
})
