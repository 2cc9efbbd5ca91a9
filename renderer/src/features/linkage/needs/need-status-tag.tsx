import { Tag } from 'antd'
import type { NeedStatus } from '@shared/domain/linkage/need'
import { NEED_STATUS_COLORS } from './strings'

export function NeedStatusTag({ status }: { status: NeedStatus }) {
  return <Tag color={NEED_STATUS_COLORS[status]}>{status}</Tag>
}
