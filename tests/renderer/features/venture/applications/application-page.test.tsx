import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { yuan } from '@shared/domain/money'
import { button, confirmation, dialog } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { content, draftOf } from '../seed'
import { renderApplications, seeded } from './seed'

const TOO_MUCH =
  '申请金额 90,000.00 元 超过预算总额 100,000.00 元 的 60%（最多 60,000.00 元），超出 30,000.00 元'

describe('申报书 page', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('checks the budget while it is typed, saves the draft and submits it after confirmation', async () => {
    const seed = await seeded()
    const draft = await draftOf(
      seed,
      content({ requestedFen: yuan(90_000), matchingFen: yuan(10_000) })
    )
    renderApplications(seed.db, `/venture/applications/${draft.id}`)

    // At the field and in the list at the top.
    expect(await screen.findByText(TOO_MUCH)).toBeTruthy()
    const issues = screen.getByRole('list', { name: '提交前还需处理 1 项' })
    expect(within(issues).getByText(`申请金额：${TOO_MUCH}`)).toBeTruthy()
    expect(button('提交')).toHaveProperty('disabled', true)

    fireEvent.change(screen.getByLabelText('申请金额（元）'), { target: { value: '6万' } })
    fireEvent.change(screen.getByLabelText('配套资金（元）'), { target: { value: '40000' } })
    await waitFor(() => expect(screen.queryByText(TOO_MUCH)).toBeNull())
    expect(screen.getAllByText('已符合提交条件').length).toBeGreaterThan(0)
    expect(screen.getByText('有未保存的修改')).toBeTruthy()

    fireEvent.click(button('保存草稿'))
    await screen.findByText('草稿已保存')
    expect(await seed.repos.applications.get(draft.id)).toMatchObject({
      status: '草稿',
      requestedFen: yuan(60_000),
      matchingFen: yuan(40_000)
    })

    fireEvent.click(button('提交'))
    const confirm = await confirmation('提交这份申报书？')
    expect(within(confirm).getByText(/提交后内容锁定/)).toBeTruthy()
    fireEvent.click(button('提交', confirm))

    await screen.findByText('申报书已提交，内容不能再修改。')
    expect(screen.queryByLabelText('申请金额（元）')).toBeNull()
    expect(screen.queryByRole('button', { name: /保\s*存\s*草\s*稿/ })).toBeNull()
    const heading = screen.getByRole('heading', { level: 3 }).closest('.ant-space') as HTMLElement
    expect(within(heading).getByText('已提交')).toBeTruthy()
    const stored = await seed.repos.applications.get(draft.id)
    expect(stored).toMatchObject({ status: '已提交', submittedAt: expect.any(String) })
    const events = screen.getByRole('region', { name: '办理经过' })
    expect(within(events).getByText('提交（草稿 → 已提交）')).toBeTruthy()
  })

  it('refuses to save an amount it cannot read, at the field, and writes nothing', async () => {
    const seed = await seeded()
    const draft = await draftOf(seed, content())
    renderApplications(seed.db, `/venture/applications/${draft.id}`)

    const price = await screen.findByRole('group', { name: '预算明细 1' })
    fireEvent.change(within(price).getByLabelText('单价（元）'), { target: { value: '5千' } })
    expect(await within(price).findByText('无法识别的金额：“5千”')).toBeTruthy()
    fireEvent.click(button('保存草稿'))
    await screen.findByText('有 1 处填写有误，草稿未保存')
    expect((await seed.repos.applications.get(draft.id))!.updatedAt).toBe(draft.updatedAt)
  })

  it('shows why the repository refused to submit, and leaves the draft as it was', async () => {
    // The call dates are open, but the round has not started its call (still 筹备).
    const seed = await seeded(false)
    const draft = await draftOf(seed, content())
    renderApplications(seed.db, `/venture/applications/${draft.id}`)

    await screen.findAllByText('已符合提交条件')
    fireEvent.click(button('提交'))
    fireEvent.click(button('提交', await confirmation('提交这份申报书？')))

    expect((await screen.findAllByText('该批次目前为“筹备”，不在征集期')).length).toBeGreaterThan(0)
    expect(await seed.repos.applications.get(draft.id)).toMatchObject({ status: '草稿' })
    expect(button('保存草稿')).toBeTruthy()
  })

  it('withdraws a submitted application with a reason', async () => {
    const seed = await seeded()
    const draft = await draftOf(seed, content())
    await seed.repos.applications.perform(draft.id, 'submit', {})
    renderApplications(seed.db, `/venture/applications/${draft.id}`)

    fireEvent.click(await screen.findByRole('button', { name: /撤\s*回/ }))
    let form = await dialog('撤回')
    fireEvent.click(button('撤回', form))
    expect(await within(form).findByText('请填写撤回原因')).toBeTruthy()

    form = await dialog('撤回')
    fireEvent.change(within(form).getByLabelText('撤回原因'), {
      target: { value: '机构人手不足，今年不再申报' }
    })
    fireEvent.click(button('撤回', form))
    const confirm = await confirmation('确认撤回？')
    fireEvent.click(button('撤回', confirm))

    await screen.findByText('申报书已撤回，内容不能再修改。')
    expect(screen.getAllByText('机构人手不足，今年不再申报').length).toBeGreaterThan(0)
    expect(await seed.repos.applications.get(draft.id)).toMatchObject({
      status: '已撤回',
      withdrawnReason: '机构人手不足，今年不再申报'
    })
    // A withdrawn application may be archived.
    expect(button('归档')).toBeTruthy()
  })
})
