import { Tag } from 'antd'
import type { ProjectStatus } from '@shared/domain/projects/project'
import { PROJECT_STATUS_COLORS } from './strings'

export function ProjectStatusTag({ status }: { status: ProjectStatus }) {
  return <Tag color={PROJECT_STATUS_COLORS[status]}>{status}</Tag>
}
