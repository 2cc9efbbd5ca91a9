/**
 * 到期事项: what every live project has due — signatures, tranches, evaluations, contract ends —
 * in the four urgency groups, each item linking to its project. Computed from the stored records
 * each time (projects.dueItems), so whatever is done drops off at once.
 */
import { Card, Col, Empty, Flex, Row, Typography } from 'antd'
import { Link } from 'react-router'
import { DUE_URGENCIES, type DueItem } from '@shared/domain/projects/due-dates'
import { DUE_URGENCY_COLORS, PROJECT_STRINGS as S } from './strings'

export interface DueListProps {
  /** In the 到期事项 order (dueList). */
  items: readonly DueItem[]
  /** The title and provider of each project, by id. */
  projectLabel(id: string): { title: string; organizationName: string } | undefined
}

export function DueList({ items, projectLabel }: DueListProps) {
  if (items.length === 0) return <Empty description={S.dueEmpty} />
  return (
    <Row gutter={[16, 16]}>
      {DUE_URGENCIES.map((urgency) => {
        const group = items.filter((item) => item.urgency === urgency)
        return (
          <Col key={urgency} xs={24} xl={12}>
            <Card size="small" title={`${urgency}（${group.length}）`} aria-label={urgency}>
              {group.length === 0 ? (
                <Typography.Text type="secondary">{S.dueGroupEmpty}</Typography.Text>
              ) : (
                <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
                  {group.map((item) => (
                    <DueRow
                      key={`${item.projectId}-${item.kind}-${item.title}`}
                      item={item}
                      project={projectLabel(item.projectId)}
                    />
                  ))}
                </ul>
              )}
            </Card>
          </Col>
        )
      })}
    </Row>
  )
}

function DueRow({
  item,
  project
}: {
  item: DueItem
  project: { title: string; organizationName: string } | undefined
}) {
  return (
    <li style={{ padding: '6px 0' }}>
      <Flex justify="space-between" gap="middle" align="baseline">
        <Flex vertical>
          <span>{item.title}</span>
          <Typography.Text type="secondary">
            <Link to={`/projects/${item.projectId}`}>{project?.title ?? S.dueProjectMissing}</Link>
            {project ? ` · ${project.organizationName}` : null}
          </Typography.Text>
        </Flex>
        <Flex vertical align="flex-end" style={{ flexShrink: 0 }}>
          <span>{item.dueOn}</span>
          <Typography.Text type={DUE_URGENCY_COLORS[item.urgency]}>
            {S.dueDays(item.daysLeft)}
          </Typography.Text>
        </Flex>
      </Flex>
    </li>
  )
}
