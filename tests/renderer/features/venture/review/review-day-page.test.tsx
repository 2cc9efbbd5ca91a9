import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { ReviewDayPage } from '@renderer/features/venture/review/review-day-page'
import { button, chooseStarting, confirmation, formItem, type } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { ORGANIZATIONS, renderAt, roundInReview } from '../seed'

const MEALS = '独居老人助餐'
const TALKS = '长者健康讲堂'
const EXPERT = '李文华'

async function reviewDay() {
  const seeded = await roundInReview(
    [
      { title: MEALS, organization: 0 },
      { title: TALKS, organization: 1 }
    ],
    [EXPERT],
    1
  )
  const page = renderAt(
    seeded.db,
    '/venture/:id/review-day',
    <ReviewDayPage />,
    `/venture/${seeded.roundId}/review-day`
  )
  return { ...seeded, page }
}

/** Step 1 and 2: the expert takes the PC and opens one of their applications. */
async function openAs(expert: string, title: string) {
  await screen.findByLabelText('当前评审专家')
  await chooseStarting(document.body, '当前评审专家', expert)
  const card = await screen.findByRole('region', { name: title })
  fireEvent.click(within(card).getByRole('button'))
}

async function declare(choice: '无利益冲突' | '有利益冲突（回避）', note?: string) {
  const declaration = (await screen.findByText('利益冲突声明')).closest('.ant-card') as HTMLElement
  fireEvent.click(within(declaration).getByRole('radio', { name: choice }))
  if (note) type(declaration, '利益冲突说明', note)
  fireEvent.click(button('确认声明', declaration))
  return declaration
}

function setScore(criterion: string, value: string) {
  fireEvent.change(screen.getByLabelText(criterion), { target: { value } })
}

describe('评审日模式', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('asks for the declaration before any score, refuses a score over the maximum, submits', async () => {
    const { repos, roundId } = await reviewDay()
    await openAs(EXPERT, MEALS)

    await screen.findByText('利益冲突声明')
    expect(screen.queryAllByRole('spinbutton')).toHaveLength(0)
    expect(screen.queryByText('评分表')).toBeNull()
    expect(screen.queryByText('申报书摘要')).toBeNull()

    await declare('无利益冲突')
    fireEvent.click(button('确认声明', await confirmation('确认这份声明？')))
    await waitFor(() => expect(screen.getAllByRole('spinbutton')).toHaveLength(5))
    expect(screen.getByText('申报书摘要')).toBeTruthy()
    expect(screen.getByText('60,000.00 元')).toBeTruthy()
    expect(screen.getByText('100,000.00 元')).toBeTruthy()

    setScore('需求分析（满分 20）', '25')
    fireEvent.click(button('暂存'))
    await within(formItem(document.body, '需求分析（满分 20）')).findByText(
      '“需求分析”得分 25 超出满分 20'
    )
    const [review] = (await repos.reviews.listForRound(roundId)).filter(
      (row) => row.conflict !== null
    )
    expect(review!.scores).toEqual({})

    setScore('需求分析（满分 20）', '18')
    setScore('项目设计（满分 25）', '22')
    setScore('执行能力（满分 20）', '18')
    setScore('预算合理性（满分 15）', '12')
    setScore('预期成效（满分 20）', '17.5')
    await waitFor(() => expect(screen.getByLabelText('合计').textContent).toBe('87.5 / 100'))
    type(document.body, '评审意见', '需求清楚，执行团队有经验。')
    fireEvent.click(button('提交评分'))
    fireEvent.click(button('提交评分', await confirmation('提交评分表？')))

    await screen.findByText('评分表已提交；如需修改，请由工作人员退回重评')
    expect(screen.queryAllByRole('spinbutton')).toHaveLength(0)
    const submitted = (await repos.reviews.get(review!.id))!
    expect(submitted.submittedAt).not.toBeNull()
    expect(submitted.scores).toMatchObject({ need: 18, design: 22, outcome: 17.5 })

    fireEvent.click(button('返回申报书列表'))
    expect(await screen.findByText('已提交 1 / 2')).toBeTruthy()
    const card = screen.getByRole('region', { name: MEALS })
    expect(within(card).getByText('已提交')).toBeTruthy()
  })

  it('shows the automatic flag, takes a conflict with its note, and hides the sheet', async () => {
    const { repos, reviewerIds } = await reviewDay()
    // The expert's unit turns out to be the applicant of 长者健康讲堂.
    const applicant = ORGANIZATIONS[1]!
    await repos.reviewers.update(reviewerIds[0]!, {
      affiliation: applicant.name,
      affiliationUscc: applicant.uscc
    })
    await openAs(EXPERT, TALKS)

    await screen.findByText(/评审专家所在单位的统一社会信用代码与申报单位相同/)
    const declaration = await declare('有利益冲突（回避）')
    expect(
      await within(formItem(declaration, '利益冲突说明')).findByText('有利益冲突时请说明冲突情况')
    ).toBeTruthy()

    type(declaration, '利益冲突说明', '本人在申报单位担任理事')
    fireEvent.click(button('确认声明', declaration))
    fireEvent.click(button('确认声明', await confirmation('确认这份声明？')))

    await screen.findByText('已声明存在利益冲突并回避，不能为该申报书评分')
    expect(screen.getByText('利益冲突说明：本人在申报单位担任理事')).toBeTruthy()
    expect(screen.queryAllByRole('spinbutton')).toHaveLength(0)
    expect(screen.queryByText('申报书摘要')).toBeNull()

    fireEvent.click(button('换下一位专家'))
    await screen.findByText('请专家本人在这台电脑上声明利益冲突并评分；评完后点“换下一位专家”。')
    expect(screen.queryByText(TALKS)).toBeNull()
    expect(screen.queryByText(/当前评审专家：/)).toBeNull()
  })
})
