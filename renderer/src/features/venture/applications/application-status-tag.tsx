import { Tag } from 'antd'
import type { ApplicationStatus } from '@shared/domain/venture/application'
import { APPLICATION_STATUS_COLORS } from './strings'

export function ApplicationStatusTag({ status }: { status: ApplicationStatus }) {
  return <Tag color={APPLICATION_STATUS_COLORS[status]}>{status}</Tag>
}
