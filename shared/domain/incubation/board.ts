/**
 * 孵化看板: what the base's staff look at first each morning — how many stays are in each
 * status, and the lists that need someone to act: stays ending soon, 初核 past its due date,
 * space not handed back in time, and this year's graduations.
 */
import { addDays, type IsoDate } from '../dates'
import {
  INCUBATION_STATUSES,
  RESIDENT_STATUSES,
  type Incubation,
  type IncubationStatus
} from './incubation'

export interface IncubationBoard {
  counts: Record<IncubationStatus, number>
  /** At the base with the planned end within the warning window (or already past), soonest first. */
  endingSoon: Incubation[]
  /** Still 待初核 after the due date, oldest due first. */
  overdueReviews: Incubation[]
  /** Ended 实体 stays whose space is past its handover date and not handed back. */
  overdueHandovers: Incubation[]
  /** 出壳 with an end date in `today`'s year, latest first. */
  graduatedThisYear: Incubation[]
}

/** 初核 is overdue while no review is recorded after its due date. */
export function reviewOverdue(
  stay: Pick<Incubation, 'reviewedOn' | 'reviewDueOn'>,
  today: IsoDate
): boolean {
  return stay.reviewedOn === null && stay.reviewDueOn < today
}

/** A 实体 stay's space is overdue once its handover date has passed without a handover. */
export function handoverOverdue(
  stay: Pick<Incubation, 'handoverDueOn' | 'handedOverOn'>,
  today: IsoDate
): boolean {
  return stay.handoverDueOn !== null && stay.handedOverOn === null && stay.handoverDueOn < today
}

/** Archived stays (entered by mistake) are left out of every figure. */
export function incubationBoard(
  stays: readonly Incubation[],
  today: IsoDate,
  endingSoonDays: number
): IncubationBoard {
  const live = stays.filter((stay) => stay.archivedAt === null)
  const counts = Object.fromEntries(INCUBATION_STATUSES.map((status) => [status, 0])) as Record<
    IncubationStatus,
    number
  >
  for (const stay of live) counts[stay.status] += 1
  const horizon = addDays(today, endingSoonDays)
  const year = today.slice(0, 4)
  return {
    counts,
    endingSoon: live
      .filter(
        (stay) =>
          RESIDENT_STATUSES.includes(stay.status) &&
          stay.plannedEndOn !== null &&
          stay.plannedEndOn <= horizon
      )
      .sort((a, b) => a.plannedEndOn!.localeCompare(b.plannedEndOn!)),
    overdueReviews: live
      .filter((stay) => stay.status === '待初核' && reviewOverdue(stay, today))
      .sort((a, b) => a.reviewDueOn.localeCompare(b.reviewDueOn)),
    overdueHandovers: live
      .filter((stay) => handoverOverdue(stay, today))
      .sort((a, b) => a.handoverDueOn!.localeCompare(b.handoverDueOn!)),
    graduatedThisYear: live
      .filter((stay) => stay.status === '出壳' && stay.endedOn?.startsWith(year))
      .sort((a, b) => b.endedOn!.localeCompare(a.endedOn!))
  }
}
