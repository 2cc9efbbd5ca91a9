import { describe, expect, it } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { createRepositories } from '@renderer/db/repositories'
import { SampleDataCard } from '@renderer/features/settings/sample-data-card'
import { buttonName, freshDatabase, renderApp } from '../../helpers/render-app'
import { SAMPLE } from '../../db/helpers'

// Ends with the label: antd keeps the leaving loading icon (named "loading") in happy-dom.
const loadButton = () => screen.findByRole('button', { name: /载入示例数据$/ })

// Loading a thousand records takes a while in happy-dom, longer on a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('示例数据', { timeout: 30_000 }, () => {
  it('explains what it loads, loads it in one go, and is then no longer offered', async () => {
    const { db } = renderApp(<SampleDataCard />)
    await waitFor(async () => expect((await loadButton()).hasAttribute('disabled')).toBe(false))
    fireEvent.click(await loadButton())

    const dialog = await screen.findByRole('dialog', { name: '载入示例数据？' })
    expect(
      within(dialog).getByText(
        '将在一次操作中载入：社会组织 240 个、社区 80 个、社工 160 名、入驻记录 60 条，以及这些入驻的孵化服务记录和评估、三个年度的公益创投批次和评审专家库、购买服务目录和各阶段的项目合同、社区需求清单和资源清单。'
      )
    ).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('button', { name: buttonName('载入') }))

    const loaded = await screen.findByText(/^已载入示例数据：/)
    const counts = await createRepositories(db).countRecords()
    expect(counts).toMatchObject({
      organizations: 240,
      communities: 80,
      socialWorkers: 160,
      incubations: 60
    })
    expect(counts.incubationServices).toBeGreaterThan(0)
    expect(counts.evaluations).toBeGreaterThan(0)
    expect(loaded.textContent).toBe(
      `已载入示例数据：社会组织 240 个、社区 80 个、社工 160 名、入驻记录 60 条、孵化服务记录 ${counts.incubationServices} 条、评估 ${counts.evaluations} 份、` +
        `评审专家 ${counts.reviewers} 名、公益创投批次 3 个、申报书 ${counts.applications} 份、评审记录 ${counts.reviews} 份、项目 ${counts.projects} 个、` +
        `服务目录事项 ${counts.catalogueItems} 项、协议合同 ${counts.agreements} 份、合同变更 ${counts.amendments} 份、` +
        `拨付 ${counts.payments} 期、服务记录 ${counts.activities} 条、项目评估 ${counts.projectEvaluations} 份、` +
        `双向评估 ${counts.mutualEvaluations} 份、需求清单 ${counts.needs} 条、资源清单 ${counts.resources} 项、` +
        `对接记录 ${counts.needMatches} 条`
    )
    await waitFor(async () => expect((await loadButton()).hasAttribute('disabled')).toBe(true))
    expect(
      screen.getByText(
        '已经有社会组织、社区、社工、孵化、公益创投、项目、需求或资源数据，不能再载入示例数据。'
      )
    ).toBeTruthy()
  })

  it('loads nothing when the confirmation is cancelled', async () => {
    const { db } = renderApp(<SampleDataCard />)
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
    renderApp(<SampleDataCard />, { db })
    await screen.findByText(
      '已经有社会组织、社区、社工、孵化、公益创投、项目、需求或资源数据，不能再载入示例数据。'
    )
    expect((await loadButton()).hasAttribute('disabled')).toBe(true)
  })

  it.each([
    ['incubation', 'incubationServices'],
    ['公益创投', 'ventureRounds']
  ] as const)(
    'is not offered when only %s tables hold rows, which loading would refuse',
    async (_, table) => {
      const db = freshDatabase()
      await db.table(table).add(SAMPLE[table][0]!)
      renderApp(<SampleDataCard />, { db })
      await screen.findByText(
        '已经有社会组织、社区、社工、孵化、公益创投、项目、需求或资源数据，不能再载入示例数据。'
      )
      expect((await loadButton()).hasAttribute('disabled')).toBe(true)
    }
  )
})
