import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { button, buttonLabel, choose, dialog } from '../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../helpers/fixed-clock'
import {
  draftGraduationAssessment,
  ORGANIZATIONS,
  renderIncubation,
  seededDatabase,
  stayOf
} from './seed'

const GRADUATION_REFUSAL = '出壳前须有一份已定稿且结论合格的出壳评估'

describe('入驻记录 page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('offers only the steps the workflow allows from 待初核', async () => {
    const { db, repos } = await seededDatabase()
    const stay = await stayOf(repos, ORGANIZATIONS[0]!.id, '待初核')
    renderIncubation(db, `/incubation/${stay.id}`)

    expect(await screen.findByRole('button', { name: '初核通过' })).toBeTruthy()
    expect(screen.getByRole('button', { name: '不予入驻' })).toBeTruthy()
    expect(screen.queryByRole('button', { name: buttonLabel('出壳') })).toBeNull()
    expect(screen.queryByRole('button', { name: '签订协议入驻' })).toBeNull()
    expect(screen.queryByRole('button', { name: buttonLabel('续驻') })).toBeNull()
  })

  it('keeps 出壳 disabled with the reason until a passing 出壳 assessment is 定稿', async () => {
    const { db, repos } = await seededDatabase()
    const stay = await stayOf(repos, ORGANIZATIONS[0]!.id, '孵化中')
    await draftGraduationAssessment(repos, stay.id, 85)
    renderIncubation(db, `/incubation/${stay.id}`)

    const graduate = await screen.findByRole('button', { name: buttonLabel('出壳') })
    expect(graduate).toHaveProperty('disabled', true)
    expect(screen.getByText(`出壳：${GRADUATION_REFUSAL}`)).toBeTruthy()

    const assessments = screen.getByRole('region', { name: '能力评估' })
    expect(within(assessments).getByRole('button', { name: buttonLabel('修改') })).toBeTruthy()
    fireEvent.click(button('定稿', assessments))
    const confirm = (await screen.findByText('定稿这份评估？')).closest(
      '.ant-popover'
    ) as HTMLElement
    expect(within(confirm).getByText(/不能再修改/)).toBeTruthy()
    fireEvent.click(button('定稿', confirm))

    await waitFor(() =>
      expect(screen.getByRole('button', { name: buttonLabel('出壳') })).toHaveProperty(
        'disabled',
        false
      )
    )
    expect(screen.queryByText(`出壳：${GRADUATION_REFUSAL}`)).toBeNull()
    await within(assessments).findByText('张晓梅 于 2026-11-22 定稿')
    expect(within(assessments).queryByRole('button', { name: buttonLabel('修改') })).toBeNull()
    expect(within(assessments).queryByRole('button', { name: buttonLabel('定稿') })).toBeNull()
  })

  it('records a 小额资助 only with its amount, in 元', async () => {
    const { db, repos } = await seededDatabase()
    const stay = await stayOf(repos, ORGANIZATIONS[0]!.id, '孵化中')
    renderIncubation(db, `/incubation/${stay.id}`)

    const services = await screen.findByRole('region', { name: '服务记录' })
    fireEvent.click(button('记录服务', services))
    let form = await dialog('记录服务')
    await choose(form, '服务类型', '小额资助')
    fireEvent.click(button('保存', form))
    expect(await within(form).findByText('小额资助须填写金额')).toBeTruthy()
    expect(await repos.incubationServices.listForIncubation(stay.id)).toEqual([])

    form = await dialog('记录服务')
    fireEvent.change(within(form).getByLabelText('金额（元）'), { target: { value: '0.5万' } })
    fireEvent.click(button('保存', form))
    await waitFor(() =>
      expect(screen.queryByText('记录服务', { selector: '.ant-modal-title' })).toBeNull()
    )

    const [saved] = await repos.incubationServices.listForIncubation(stay.id)
    expect(saved).toMatchObject({ type: '小额资助', amountFen: 500_000 })
    // The entry, its type's total and the overall total.
    expect(await within(services).findAllByText('5,000.00')).toHaveLength(3)
  })

  it('shows the placement, the 初核 deadline and the archive with undo', async () => {
    const { db, repos } = await seededDatabase()
    const organization = ORGANIZATIONS[0]!
    const stay = await stayOf(repos, organization.id, '待初核', '2026-11-02')
    renderIncubation(db, `/incubation/${stay.id}`)

    const heading = await screen.findByRole('heading', { level: 3 })
    expect(within(heading).getByRole('link', { name: organization.name })).toHaveProperty(
      'href',
      expect.stringContaining(`/organizations/${organization.id}`)
    )
    expect(screen.getByText('已逾期')).toBeTruthy()

    fireEvent.click(button('归档'))
    const confirm = (await screen.findByText('归档这条记录？')).closest(
      '.ant-popover'
    ) as HTMLElement
    fireEvent.click(button('归档', confirm))
    await screen.findByText('这条入驻记录已归档，恢复后才能办理或记录服务。')
    expect(screen.queryByRole('button', { name: '初核通过' })).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: buttonLabel('撤销') }))
    expect(await screen.findByRole('button', { name: '初核通过' })).toBeTruthy()
    const history = screen.getByRole('region', { name: '修改记录' })
    expect(await within(history).findAllByText(/恢复使用|归档/)).not.toHaveLength(0)
  })
})
