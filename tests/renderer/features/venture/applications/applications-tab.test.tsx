import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { button, choose, dialog } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { content, draftOf, ORGANIZATIONS } from '../seed'
import { renderApplications, seeded } from './seed'

describe('a round’s 申报书 tab', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('opens a draft for the chosen organisation and track and goes to it', async () => {
    const seed = await seeded()
    const organization = ORGANIZATIONS[1]!
    renderApplications(seed.db, `/venture/${seed.roundId}`)

    await screen.findByText('本批次还没有申报书。点“新建申报书”为申报单位建立草稿。')
    fireEvent.click(button('新建申报书'))
    const form = await dialog('新建申报书')
    await choose(form, '申报单位', organization.name)
    await choose(form, '申报类别', '青少年服务')
    fireEvent.change(within(form).getByLabelText('项目名称'), {
      target: { value: '四点半课堂' }
    })
    fireEvent.click(button('保存', form))

    await screen.findByRole('heading', { level: 3, name: '四点半课堂' })
    const [stored] = await seed.repos.applications.listForRound(seed.roundId)
    expect(stored).toMatchObject({
      organizationId: organization.id,
      track: 'youth',
      title: '四点半课堂',
      status: '草稿'
    })
    expect(screen.getByLabelText('联系人')).toHaveProperty('value', organization.contactName)
  })

  it('says why no new application can be opened once the call has closed', async () => {
    const seed = await seeded()
    const draft = await draftOf(seed, content())
    await seed.repos.applications.perform(draft.id, 'submit', {})
    await seed.repos.ventureRounds.perform(seed.roundId, 'close')
    renderApplications(seed.db, `/venture/${seed.roundId}`)

    const create = await screen.findByRole('button', { name: /新建申报书/ })
    expect(create).toHaveProperty('disabled', true)
    expect(
      screen.getByText('批次目前为“初审中”：只有筹备和征集中的批次可以新建申报书')
    ).toBeTruthy()
  })
})
