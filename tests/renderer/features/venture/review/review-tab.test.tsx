import { describe, expect, it } from 'vitest'
import { fireEvent, screen, within } from '@testing-library/react'
import { ReviewTab } from '@renderer/features/venture/review/review-tab'
import { button, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { ORGANIZATIONS, renderRoundTab, roundInReview } from '../seed'

const MEALS = '独居老人助餐'
const TALKS = '长者健康讲堂'

describe('评审 tab', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('assigns experts in a batch, names the conflicts left out, and shows the progress', async () => {
    const seeded = await roundInReview(
      [
        { title: MEALS, organization: 0 },
        { title: TALKS, organization: 1 }
      ],
      ['李文华', '周建国', '陈思远']
    )
    // 陈思远 works for the applicant of 长者健康讲堂.
    const applicant = ORGANIZATIONS[1]!
    await seeded.repos.reviewers.update(seeded.reviewerIds[2]!, {
      affiliation: applicant.name,
      affiliationUscc: applicant.uscc
    })
    renderRoundTab(seeded, (round) => <ReviewTab round={round} />)

    const assign = await screen.findByRole('region', { name: '批量分配评审专家' })
    expect(within(assign).getByLabelText('每份申报书的专家人数')).toHaveProperty('value', '3')
    type(assign, '每份申报书的专家人数', '2')
    fireEvent.click(button('分配', assign))

    await within(assign).findByText('已新分配 4 份评审')
    expect(
      within(assign).getByText(/长者健康讲堂 · 陈思远：评审专家所在单位的统一社会信用代码/)
    ).toBeTruthy()
    const reviews = (await seeded.repos.reviews.listForRound(seeded.roundId)).filter(
      (review) => review.applicationId === seeded.ids[TALKS]
    )
    expect(reviews.map((review) => review.reviewerId)).not.toContain(seeded.reviewerIds[2])

    const progress = screen.getByRole('table', { name: '评审进度' })
    const row = within(progress).getByText(TALKS).closest('tr') as HTMLElement
    expect(within(row).getByLabelText('评审进度').textContent).toBe('已提交 0 / 2')
    expect(within(row).getAllByText(/· 待声明$/)).toHaveLength(2)
    expect(screen.getByRole('button', { name: /进入评审日模式/ })).toHaveProperty('disabled', false)
  })
})
