import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { createRepositories } from '@renderer/db/repositories'
import { ReviewerPool } from '@renderer/features/venture/review/reviewer-pool'
import { freshDatabase, renderApp } from '../../../helpers/render-app'
import { NOW } from '../../../db/helpers'
import { button, dialog, dialogGone, formItem, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { ORGANIZATIONS } from '../seed'

/** The same code with its 18th character (the check digit) replaced by a wrong one. */
function wrongCheckDigit(uscc: string): string {
  const wrong = uscc.endsWith('0') ? '1' : '0'
  return uscc.slice(0, 17) + wrong
}

describe('评审专家库', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('adds an expert, refusing a wrong USCC check digit at its field first', async () => {
    const db = freshDatabase()
    const repos = createRepositories(db, { now: () => NOW })
    const uscc = ORGANIZATIONS[0]!.uscc!
    renderApp(<ReviewerPool />, { db })

    await screen.findByText('专家库还是空的。点“新增专家”录入第一位评审专家。')
    fireEvent.click(button('新增专家'))
    const form = await dialog('新增专家')
    type(form, '专家姓名', '王立新')
    type(form, '工作单位', '福州大学社会学系')
    type(form, '单位统一社会信用代码', wrongCheckDigit(uscc))
    type(form, '联系电话', '13905912345')
    fireEvent.click(button('保存', form))

    await within(formItem(form, '单位统一社会信用代码')).findByText(/第 18 位校验码应为/)
    expect(await repos.reviewers.listAll()).toEqual([])

    type(form, '单位统一社会信用代码', uscc)
    fireEvent.click(button('保存', form))
    await dialogGone('新增专家')

    const [saved] = await repos.reviewers.listAll()
    expect(saved).toMatchObject({
      name: '王立新',
      affiliation: '福州大学社会学系',
      affiliationUscc: uscc,
      phone: '13905912345'
    })
    const grid = screen.getByRole('grid', { name: '评审专家列表' })
    await within(grid).findByText('王立新')
    // Lists show the phone masked.
    expect(within(grid).getByText('139****2345')).toBeTruthy()
    await waitFor(() => expect(within(grid).queryByText('13905912345')).toBeNull())
  })
})
