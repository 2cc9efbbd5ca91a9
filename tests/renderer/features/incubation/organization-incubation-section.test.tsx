import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { button, dialog } from '../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import {
  draftGraduationAssessment,
  ORGANIZATIONS,
  renderIncubation,
  seededDatabase,
  stayOf
} from './seed'

describe('incubation on an organisation’s page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('shows the stays, the services received and the assessment trend', async () => {
    const { db, repos } = await seededDatabase()
    const organization = ORGANIZATIONS[0]!
    const stay = await stayOf(repos, organization.id, '孵化中')
    for (const [type, hours, amountFen] of [
      ['培训', 3, null],
      ['培训', 2.5, null],
      ['小额资助', 0, 300_000]
    ] as const) {
      await repos.incubationServices.add({
        incubationId: stay.id,
        date: '2026-11-21',
        type,
        hours,
        amountFen,
        note: null
      })
    }
    const { record: midway } = await repos.evaluations.create({
      subjectType: 'incubation',
      subjectId: stay.id,
      kind: '中期',
      evaluatedOn: '2026-11-21',
      evaluators: '王专家',
      dimensions: (await repos.settings.getIncubation()).scorecard.map((d, i) => ({
        ...d,
        score: 60 + i * 5
      })),
      findings: null
    })
    await repos.evaluations.finalize(midway.id)
    await repos.evaluations.finalize((await draftGraduationAssessment(repos, stay.id, 90)).id)
    await draftGraduationAssessment(repos, stay.id, 40)
    renderIncubation(db, `/organizations/${organization.id}`)

    const stays = await screen.findByRole('table', { name: '入驻' })
    expect(within(stays).getByText('孵化中')).toBeTruthy()
    expect(within(stays).getByRole('link', { name: '查看' })).toHaveProperty(
      'href',
      expect.stringContaining(`/incubation/${stay.id}`)
    )

    const services = screen.getByRole('table', { name: '接受服务' })
    const training = within(services).getByText('培训').closest('tr')!
    expect([...training.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '培训',
      '2',
      '5.5',
      '—'
    ])
    expect(within(services).getAllByText('3,000.00')).toHaveLength(2)

    // Drafts are left out: only the two 定稿 assessments, oldest first.
    const trend = screen.getByRole('table', { name: '能力评估趋势' })
    const rows = within(trend).getAllByRole('row').slice(1)
    expect(rows.map((row) => row.querySelector('td')!.textContent)).toEqual([
      '2026-11-21',
      '2026-11-22'
    ])
    expect(within(trend).getByText('内部治理')).toBeTruthy()
    expect([...rows[0]!.querySelectorAll('td')].map((td) => td.textContent)).toEqual([
      '2026-11-21',
      '中期',
      '60',
      '65',
      '70',
      '75',
      '80',
      '70',
      '合格'
    ])
    const chart = screen.getByRole('img', { name: '评估总分走势' })
    expect(chart.querySelectorAll('circle')).toHaveLength(2)

    const apply = screen.getByRole('button', { name: /申请入驻/ })
    expect(apply).toHaveProperty('disabled', true)
    expect(
      screen.getByText(/已有一条进行中的入驻记录（孵化中），一个组织同时只能有一条$/)
    ).toBeTruthy()
  })

  it('applies for an organisation with no open stay and opens the new stay', async () => {
    const { db, repos } = await seededDatabase()
    const organization = ORGANIZATIONS[2]!
    renderIncubation(db, `/organizations/${organization.id}`)

    await screen.findByText('没有入驻记录')
    expect(screen.getByText('还没有定稿的评估')).toBeTruthy()
    fireEvent.click(button('申请入驻'))
    const form = await dialog('入驻申请')
    await waitFor(() => expect(within(form).getByText(organization.name)).toBeTruthy())
    fireEvent.click(button('保存', form))

    await screen.findByRole('heading', { level: 3, name: organization.name })
    const [stay] = await repos.incubations.listForOrganization(organization.id)
    expect(stay).toMatchObject({ status: '待初核', appliedOn: '2026-11-22' })
  })

  it('does not offer 申请入驻 to an archived organisation', async () => {
    const { db, repos } = await seededDatabase()
    const organization = ORGANIZATIONS[3]!
    await repos.organizations.archive(organization.id)
    renderIncubation(db, `/organizations/${organization.id}`)

    await screen.findByText(`“${organization.name}”已归档，请先恢复再申请入驻`)
    expect(screen.getByRole('button', { name: /申请入驻/ })).toHaveProperty('disabled', true)
  })
})
