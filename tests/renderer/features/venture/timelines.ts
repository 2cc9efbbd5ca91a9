/** Round timelines of the venture tests, apart from the seeding so unit tests take them alone. */
import type { Timeline } from '@shared/domain/venture/round'

/** A 2026 call in September, 初审 and review in October, 公示 from 16 to 20 November. */
export const SEPTEMBER_CALL: Timeline = {
  callOpensOn: '2026-09-01',
  deadlineOn: '2026-09-30',
  screeningOn: '2026-10-10',
  reviewOn: '2026-10-20',
  publicityStartsOn: '2026-11-16',
  publicityEndsOn: '2026-11-20',
  approvalOn: '2026-11-25',
  signingOn: '2026-12-01'
}

/** A 2027 round's call, open from 1 to 30 November 2026: open on TODAY. */
export const NOVEMBER_CALL: Timeline = {
  callOpensOn: '2026-11-01',
  deadlineOn: '2026-11-30',
  screeningOn: '2026-12-03',
  reviewOn: '2026-12-08',
  publicityStartsOn: '2026-12-10',
  publicityEndsOn: '2026-12-16',
  approvalOn: '2026-12-20',
  signingOn: '2027-01-05'
}
