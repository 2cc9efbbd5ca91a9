import { Tag } from 'antd'
import type { RoundStatus } from '@shared/domain/venture/round'
import { ROUND_STATUS_COLORS } from './strings'

export function RoundStatusTag({ status }: { status: RoundStatus }) {
  return <Tag color={ROUND_STATUS_COLORS[status]}>{status}</Tag>
}
