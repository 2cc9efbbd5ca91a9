import { Tag } from 'antd'
import type { IncubationStatus } from '@shared/domain/incubation/incubation'
import { INCUBATION_STATUS_COLORS } from './strings'

export function IncubationStatusTag({ status }: { status: IncubationStatus }) {
  return <Tag color={INCUBATION_STATUS_COLORS[status]}>{status}</Tag>
}
