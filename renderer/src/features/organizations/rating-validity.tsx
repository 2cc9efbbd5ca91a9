/** The valid-until date of a 等级评估 rating and a tag once it nears or passes its end. */
import { Tag } from 'antd'
import type { IsoDate } from '@shared/domain/dates'
import type { Rating } from '@shared/domain/organizations/organization'
import { ratingState, type RatingState } from '@shared/domain/organizations/rating'
import { ORGANIZATION_STRINGS as S } from './strings'

const TAG_STYLE = { marginInlineStart: 8 }

export function RatingStateTag({ state }: { state: RatingState }) {
  if (state.state === 'expiring') {
    return (
      <Tag color="orange" title={`还有 ${state.daysLeft} 天到期`} style={TAG_STYLE}>
        {S.ratingExpiring}
      </Tag>
    )
  }
  if (state.state === 'expired') {
    return (
      <Tag color="red" style={TAG_STYLE}>
        {S.ratingExpired}
      </Tag>
    )
  }
  return null
}

export function RatingValidity({ rating, today }: { rating: Rating | null; today: IsoDate }) {
  const state = ratingState(rating, today)
  if (state.state === 'none') return null
  return (
    <>
      {state.validUntil}
      <RatingStateTag state={state} />
    </>
  )
}
