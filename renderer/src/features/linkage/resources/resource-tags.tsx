/** The marks a resource carries in the list and its panel: its 五社联动 leg, and 已过期. */
import { Tag } from 'antd'
import type { FiveSocietyLeg } from '@shared/domain/linkage/resource-rules'
import { FIVE_SOCIETY_COLORS, RESOURCE_STRINGS as S } from './strings'

export function FiveSocietyTag({ leg }: { leg: FiveSocietyLeg }) {
  return <Tag color={FIVE_SOCIETY_COLORS[leg]}>{leg}</Tag>
}

export function ExpiredTag() {
  return <Tag color="red">{S.expiredTag}</Tag>
}
