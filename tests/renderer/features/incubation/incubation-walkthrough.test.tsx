import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { button, buttonLabel, choose, dialog } from '../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import { ORGANIZATIONS, renderIncubation, seededDatabase } from './seed'

/** Clicks a workflow step and confirms its dialog with the step's own button. */
async function takeStep(label: string, fill?: (form: HTMLElement) => void) {
  fireEvent.click(await screen.findByRole('button', { name: buttonLabel(label) }))
  const form = await dialog(label)
  fill?.(form)
  fireEvent.click(button(label, form))
  return form
}

/** The status tag next to the organisation's name. */
const statusTag = () =>
  screen.getByRole('heading', { level: 3 }).parentElement!.parentElement!.querySelector('.ant-tag')
    ?.textContent

const modalGone = (title: string) =>
  waitFor(() => expect(screen.queryByText(title, { selector: '.ant-modal-title' })).toBeNull())

describe('from 入驻申请 to 出壳 in the UI', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('applies, approves, admits, assesses, finalises and graduates, and shows the steps', async () => {
    const { db, repos } = await seededDatabase()
    const organization = ORGANIZATIONS[1]!
    renderIncubation(db, '/incubation')

    fireEvent.click(await screen.findByRole('button', { name: buttonLabel('入驻申请') }))
    const application = await dialog('入驻申请')
    // The form replaces a spinner once the settings are read, which can come after the title.
    expect(await within(application).findByLabelText('孵化基地')).toHaveProperty(
      'value',
      '鼓楼区军门社区孵化基地'
    )
    await choose(application, '组织', organization.name)
    fireEvent.click(button('保存', application))

    await screen.findByRole('heading', { level: 3, name: organization.name })
    expect(statusTag()).toBe('待初核')

    await takeStep('初核通过')
    await modalGone('初核通过')
    await takeStep('签订协议入驻', (form) => {
      fireEvent.change(within(form).getByLabelText('入驻协议编号'), {
        target: { value: 'FH-2026-018' }
      })
      fireEvent.change(within(form).getByLabelText('工位'), { target: { value: 'B-03' } })
    })
    await modalGone('签订协议入驻')
    expect(await screen.findByText('2027-11-21')).toBeTruthy()

    const assessments = screen.getByRole('region', { name: '能力评估' })
    fireEvent.click(button('新建评估', assessments))
    const draft = await dialog('新建评估')
    await choose(draft, '评估类型', '出壳')
    fireEvent.change(within(draft).getByLabelText('评估人'), { target: { value: '王专家' } })
    for (const input of within(draft).getAllByRole('spinbutton')) {
      fireEvent.change(input, { target: { value: '88' } })
    }
    await within(draft).findByText(/88 分/)
    expect(within(draft).getByText('良好')).toBeTruthy()
    fireEvent.click(button('保存', draft))
    await modalGone('新建评估')

    fireEvent.click(await within(assessments).findByRole('button', { name: buttonLabel('定稿') }))
    const confirm = (await screen.findByText('定稿这份评估？')).closest(
      '.ant-popover'
    ) as HTMLElement
    fireEvent.click(button('定稿', confirm))
    await within(assessments).findByText('张晓梅 于 2026-11-22 定稿')

    await takeStep('出壳')
    const areYouSure = (
      await screen.findByText('确认出壳？', { selector: '.ant-modal-confirm-title' })
    ).closest('.ant-modal') as HTMLElement
    fireEvent.click(button('出壳', areYouSure))
    await modalGone('出壳')

    await waitFor(() => expect(statusTag()).toBe('出壳'))
    const timeline = screen.getByRole('region', { name: '办理经过' })
    for (const step of [
      '入驻申请',
      '初核通过（待初核 → 待入驻）',
      '签订协议入驻（待入驻 → 孵化中）',
      '出壳（孵化中 → 出壳）'
    ]) {
      expect(within(timeline).getByText(step)).toBeTruthy()
    }
    const [stay] = await repos.incubations.listForOrganization(organization.id)
    expect(stay).toMatchObject({
      status: '出壳',
      agreementNo: 'FH-2026-018',
      workstation: 'B-03',
      endedOn: '2026-11-22'
    })
    expect(stay!.events.map((event) => event.operator)).toEqual(['张晓梅', '张晓梅', '张晓梅'])
  })
})
