/**
 * One need (route linkage/needs/:id): what was asked, by how many residents, where it stands and
 * the steps its workflow offers now; 对接建议 to match it to the work that answers it; its 对接记录
 * with 撤销; and its 操作记录. A merged duplicate points at the need it lives on in.
 */
import { useState } from 'react'
import {
  Alert,
  Breadcrumb,
  Button,
  Descriptions,
  Flex,
  Result,
  Space,
  Spin,
  Tag,
  Typography
} from 'antd'
import type { DescriptionsProps } from 'antd'
import { useLiveQuery } from '@renderer/db/live-query'
import { Link, useParams } from 'react-router'
import { ArchiveAction, RecordHistory } from '@renderer/components/record-panel'
import { TitledSection } from '@renderer/components/titled-section'
import { useRepositories } from '@renderer/db/use-repositories'
import { ProjectStatusTag } from '@renderer/features/projects/project-status-tag'
import { todayInChina } from '@shared/domain/dates'
import {
  NEED_WORKFLOW,
  needClosedRefusal,
  needStatusRefusal,
  type Need
} from '@shared/domain/linkage/need'
import { activeMatches, type NeedMatch } from '@shared/domain/linkage/need-match'
import type { Project } from '@shared/domain/projects/project'
import { actionsFrom } from '@shared/domain/workflow'
import { LINKAGE_STRINGS } from '../strings'
import { isNeedStep, NeedActions } from './need-actions'
import { NeedFormDrawer } from './need-form'
import { NeedStatusTag } from './need-status-tag'
import { MatchHistory } from './match-history'
import { MatchPanel } from './match-panel'
import { NEED_FIELD_LABELS as L, NEED_STRINGS as S } from './strings'
import { useNeed, useNeedHistory, useNeedMatches } from './use-need-data'

export function NeedPage() {
  const { id = '' } = useParams()
  const need = useNeed(id)
  if (need === undefined) return <Spin />
  if (need === null) {
    return (
      <Result
        status="404"
        title={S.notFound}
        subTitle={S.notFoundText}
        extra={<Link to="/linkage">{S.backToList}</Link>}
      />
    )
  }
  return <NeedLoaded need={need} />
}

function NeedLoaded({ need }: { need: Need }) {
  const { projects } = useRepositories()
  const matches = useNeedMatches(need.id)
  const allProjects = useLiveQuery(() => projects.listAll(), [projects])
  if (!matches || !allProjects) return <Spin />
  return <NeedView need={need} matches={matches} projects={allProjects} />
}

function NeedView({
  need,
  matches,
  projects
}: {
  need: Need
  matches: readonly NeedMatch[]
  projects: readonly Project[]
}) {
  const { needs, communities } = useRepositories()
  const [today] = useState(todayInChina)
  const [editing, setEditing] = useState(false)
  const community = useLiveQuery(
    () => communities.get(need.communityId),
    [communities, need.communityId]
  )
  // The needs of the community: the one this was merged into, and those merged into this.
  const neighbours = useLiveQuery(
    () => needs.listForCommunity(need.communityId),
    [needs, need.communityId, need.updatedAt]
  )
  const history = useNeedHistory(need)

  const closed = needClosedRefusal(need)
  const linkedProjects = projects.filter((project) => need.projectIds.includes(project.id))
  const offered = closed
    ? []
    : actionsFrom(NEED_WORKFLOW, need.status, {
        need,
        linkedProjects,
        activeMatchCount: activeMatches(matches).length
      })
  const matchRefusal =
    closed ??
    (offered.some((offer) => offer.action === 'match') ? null : needStatusRefusal(need, 'match'))
  const mergedInto = need.mergedIntoId
    ? neighbours?.find((other) => other.id === need.mergedIntoId)
    : undefined
  const mergedFrom = (neighbours ?? []).filter((other) => other.mergedIntoId === need.id)

  const items: DescriptionsProps['items'] = [
    { key: 'community', label: L.communityId, children: community?.name ?? S.missingCommunity },
    { key: 'category', label: L.category, children: need.category },
    { key: 'source', label: L.source, children: need.source },
    { key: 'raisedBy', label: L.raisedBy, children: S.people(need.raisedBy) },
    { key: 'raisedOn', label: L.raisedOn, children: need.raisedOn },
    {
      key: 'status',
      label: L.status,
      children: <NeedStatusTag status={need.status} />
    },
    {
      key: 'projects',
      label: L.projectIds,
      span: 2,
      children:
        linkedProjects.length === 0 ? (
          S.noProjectsLinked
        ) : (
          <Space wrap>
            {linkedProjects.map((project) => (
              <Space key={project.id} size={4}>
                <Link to={`/projects/${project.id}`}>{project.title}</Link>
                <ProjectStatusTag status={project.status} />
              </Space>
            ))}
          </Space>
        )
    },
    { key: 'description', label: L.description, span: 2, children: need.description ?? '—' },
    ...(need.resolution
      ? [{ key: 'resolution', label: L.resolution, span: 2, children: need.resolution }]
      : []),
    ...(mergedFrom.length > 0
      ? [
          {
            key: 'mergedFrom',
            label: S.mergedFrom,
            span: 2,
            children: mergedFrom
              .map((other) => S.mergedFromItem(other.name, other.raisedBy))
              .join('、')
          }
        ]
      : [])
  ]

  return (
    <Flex vertical gap="large">
      <Flex vertical gap="small">
        <Breadcrumb
          items={[
            { title: <Link to="/linkage">{LINKAGE_STRINGS.pageTitle}</Link> },
            { title: <Link to="/linkage">{LINKAGE_STRINGS.needsTab}</Link> },
            { title: need.name }
          ]}
        />
        <Flex justify="space-between" align="flex-start" wrap gap="middle">
          <Space align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {need.name}
            </Typography.Title>
            <span aria-label={S.statusLabel}>
              <NeedStatusTag status={need.status} />
            </span>
            {need.mergedIntoId ? (
              <Tag>{S.mergedTag}</Tag>
            ) : need.archivedAt ? (
              <Tag>{S.archivedTag}</Tag>
            ) : null}
          </Space>
          <Space wrap>
            {closed ? null : <Button onClick={() => setEditing(true)}>{S.edit}</Button>}
            {need.mergedIntoId ? null : (
              <ArchiveAction record={need} archive={needs.archive} restore={needs.restore} />
            )}
          </Space>
        </Flex>
        <Typography.Text type="secondary">
          {S.summary(community?.name ?? S.missingCommunity, need.raisedBy, need.raisedOn)}
        </Typography.Text>
      </Flex>

      {need.mergedIntoId ? (
        <Alert
          type="info"
          showIcon
          title={S.mergedNotice(mergedInto?.name ?? S.missingRecord)}
          action={<Link to={`/linkage/needs/${need.mergedIntoId}`}>{S.openMergedInto}</Link>}
        />
      ) : need.archivedAt ? (
        <Alert type="info" showIcon title={S.archivedNotice} />
      ) : null}

      <NeedActions need={need} offered={offered.filter(isNeedStep)} />

      <Descriptions column={2} bordered size="small" items={items} />

      <TitledSection title={S.suggestionsTitle}>
        {matchRefusal ? (
          <Alert type="info" showIcon title={matchRefusal} />
        ) : (
          <MatchPanel need={need} matches={matches} projects={projects} today={today} />
        )}
      </TitledSection>

      <TitledSection title={S.matchesTitle}>
        <MatchHistory matches={matches} />
      </TitledSection>

      <TitledSection title={S.historyTitle}>
        <RecordHistory entries={history} fieldLabels={L} />
      </TitledSection>

      {editing ? (
        <NeedFormDrawer
          need={need}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
    </Flex>
  )
}
