/** The projects 立项 created from the round, each with its amount and tranche plan. */
import { Flex, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { formatYuan, yuanText } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Project } from '@shared/domain/projects/project'
import { TRANCHE_GATE_LABELS } from '@shared/domain/venture/round'
import { RESULTS_LABELS as L, RESULTS_STRINGS as S } from './strings'
import { useRoundProjects } from './use-round-projects'

export function RoundProjects({
  roundId,
  applicants
}: {
  roundId: string
  /** The round's applicants by id: every project is one of theirs. */
  applicants: ReadonlyMap<string, Organization>
}) {
  const projects = useRoundProjects(roundId)
  if (!projects) return null
  const sorted = [...projects].sort((a, b) => b.amountFen - a.amountFen)

  const columns: ColumnsType<Project> = [
    {
      key: 'organization',
      title: L.projectOrganization,
      render: (_, project) => applicants.get(project.organizationId)?.name ?? S.unknownOrganization
    },
    { key: 'title', title: L.title, dataIndex: 'title' },
    { key: 'category', title: L.track, width: 100, dataIndex: 'category' },
    {
      key: 'amount',
      title: L.amount,
      width: 130,
      align: 'right',
      render: (_, project) => formatYuan(project.amountFen)
    },
    { key: 'approvedOn', title: L.approvedOn, width: 110, dataIndex: 'approvedOn' },
    {
      key: 'status',
      title: L.projectStatus,
      width: 90,
      render: (_, project) => <Tag color="blue">{project.status}</Tag>
    },
    {
      key: 'tranches',
      title: L.tranches,
      width: 300,
      render: (_, project) => (
        <Flex vertical>
          {project.tranches.map((tranche) => (
            <span key={tranche.no}>
              {S.trancheLine(
                tranche.no,
                tranche.percent,
                TRANCHE_GATE_LABELS[tranche.gate],
                yuanText(tranche.amountFen)
              )}
            </span>
          ))}
        </Flex>
      )
    }
  ]

  return (
    <section aria-label={S.projectsTitle}>
      <Typography.Title level={4}>{S.projectsTitle}</Typography.Title>
      <Table<Project>
        aria-label={S.projectsLabel}
        size="small"
        rowKey="id"
        dataSource={sorted}
        columns={columns}
        pagination={false}
        locale={{ emptyText: S.projectsEmpty }}
      />
    </section>
  )
}
