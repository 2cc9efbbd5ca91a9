/**
 * Where a round stands against its timeline: the next date its stage is heading for, and whether
 * that date has passed. The rounds list, the round's page and the 待办 list all read it.
 */
import type { IsoDate } from '../dates'
import { TIMELINE_STEPS, type RoundStatus, type TimelineStep, type VentureRound } from './round'

/**
 * The timeline steps (first and last index) each stage works towards: 初审中 runs up to the
 * review date, 公示中 up to 立项, so a date already passed inside the stage is not "late" while
 * a later one in it is still ahead.
 */
const STAGE_STEPS: Readonly<Record<RoundStatus, readonly [number, number]>> = {
  筹备: [0, 0],
  征集中: [1, 1],
  初审中: [2, 3],
  评审中: [3, 4],
  公示中: [5, 6],
  已立项: [7, 7]
}

export interface NextStep {
  step: TimelineStep
  label: string
  on: IsoDate
  /** Position in TIMELINE_STEPS. */
  index: number
  /** The stage's last date has passed and the round has not moved on. */
  overdue: boolean
}

/** The next date the round's stage is heading for; null once 立项 and 签约 are behind it. */
export function nextStep(round: Pick<VentureRound, 'status' | 'timeline'>, today: IsoDate) {
  const [first, last] = STAGE_STEPS[round.status]
  const at = (index: number, overdue: boolean): NextStep => {
    const [step, label] = TIMELINE_STEPS[index]!
    return { step, label, on: round.timeline[step], index, overdue }
  }
  for (let index = first; index <= last; index += 1) {
    if (round.timeline[TIMELINE_STEPS[index]![0]] >= today) return at(index, false)
  }
  // 签约 happens project by project once the round is 立项; its date passing is no delay here.
  return round.status === '已立项' ? null : at(last, true)
}
