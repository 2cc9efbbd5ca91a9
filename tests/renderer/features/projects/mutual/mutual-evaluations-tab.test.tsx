import { describe, expect, it } from 'vitest'
import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { MutualEvaluationsTab } from '@renderer/features/projects/mutual/mutual-evaluations-tab'
import {
  DEFAULT_MUTUAL_TEMPLATE,
  draftMutualEvaluation,
  type MutualEvaluation,
  type MutualSheet
} from '@shared/domain/evaluations/mutual-evaluation'
import { TODAY } from '../../../db/helpers'
import { button, confirmation, rowOf } from '../../../helpers/antd-queries'
import { SLOW_UI_TIMEOUT, useFixedClock } from '../../../helpers/fixed-clock'
import { deliveryDatabase, PROJECT_ID, renderTab, STAMP } from '../../../helpers/project-seed'

/** The card titled `title`. */
async function card(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: '.ant-card-head-title' })
  return heading.closest('.ant-card') as HTMLElement
}

const NO_EXTRA_TASKS = '不摊派合同外行政任务'

/** A sheet scoring the purchaser's obligations `purchaser` and the provider's `provider`. */
function sheet(
  side: MutualSheet['side'],
  rater: string,
  score: (obligation: (typeof DEFAULT_MUTUAL_TEMPLATE)[number]) => number,
  submittedAt: string | null
): MutualSheet {
  return {
    side,
    rater,
    scores: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({
      key: obligation.key,
      score: score(obligation),
      comment: null
    })),
    submittedAt
  }
}

/**
 * 2026年度: the purchaser rates itself 18 on each obligation and the provider 16; the provider
 * rates itself 18 and the purchaser 17, except 10 for not pushing down extra tasks. The
 * purchaser's sheet is submitted, the provider's only saved.
 */
function twoSheets(): MutualEvaluation {
  const draft = draftMutualEvaluation({
    projectId: PROJECT_ID,
    periodLabel: '2026年度',
    periodStart: '2026-03-01',
    periodEnd: '2027-02-28',
    obligations: DEFAULT_MUTUAL_TEMPLATE.map((obligation) => ({ ...obligation }))
  })
  return {
    ...draft,
    id: 'mutual-1',
    sheets: [
      sheet(
        'purchaser',
        '王主任',
        (obligation) => (obligation.side === 'purchaser' ? 18 : 16),
        '2026-11-20T02:00:00.000Z'
      ),
      sheet(
        'provider',
        '陈社工',
        (obligation) =>
          obligation.side === 'provider' ? 18 : obligation.name === NO_EXTRA_TASKS ? 10 : 17,
        null
      )
    ],
    ...STAMP
  }
}

describe('双向评估', { timeout: SLOW_UI_TIMEOUT }, () => {
  useFixedClock()

  it('compares both sheets once submitted and finalises, read only from then on', async () => {
    const { db } = await deliveryDatabase()
    await db.mutualEvaluations.add(twoSheets())
    renderTab(db, MutualEvaluationsTab)

    const list = await screen.findByRole('table', { name: '双向评估列表' })
    fireEvent.click(button('查看', rowOf(list, '2026年度')))
    const provider = await card('承接方填写')
    expect(screen.getByRole('button', { name: /定\s*稿/ })).toHaveProperty('disabled', true)
    expect(within(await card('购买方填写')).getByText(`王主任 于 2026-11-20 提交`)).toBeTruthy()

    fireEvent.click(button('提交', provider))
    const submit = await confirmation('提交承接方的评价表？')
    fireEvent.click(button('提交', submit))
    await waitFor(async () =>
      expect((await db.mutualEvaluations.get('mutual-1'))!.sheets[1].submittedAt).not.toBeNull()
    )

    const comparison = screen.getByRole('table', { name: '双方评分比较表' })
    expect(within(rowOf(comparison, NO_EXTRA_TASKS)).getByText('差距较大')).toBeTruthy()
    expect(within(rowOf(comparison, '按时足额拨付')).queryByText('差距较大')).toBeNull()
    const purchaserTotals = rowOf(comparison, '购买方合计')
    expect(within(purchaserTotals).getByText('90')).toBeTruthy()
    expect(within(purchaserTotals).getByText('78')).toBeTruthy()

    const finalize = screen.getByRole('button', { name: /定\s*稿/ })
    await waitFor(() => expect(finalize).toHaveProperty('disabled', false))
    fireEvent.click(finalize)
    const confirm = await confirmation('确认定稿？')
    expect(within(confirm).getByText(/“不摊派合同外行政任务”自评 18、他评 10/)).toBeTruthy()
    fireEvent.click(button('定稿', confirm))

    expect(await screen.findByText(`张晓梅 于 ${TODAY} 定稿，只读。`)).toBeTruthy()
    expect((await db.mutualEvaluations.get('mutual-1'))!.status).toBe('定稿')
    const view = screen.getByRole('region', { name: '2026年度' })
    expect(within(view).queryByRole('button', { name: /退回修改|提\s*交|保\s*存/ })).toBeNull()
  })
})
