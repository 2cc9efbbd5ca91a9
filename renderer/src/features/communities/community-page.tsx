/**
 * One community's page (issue #7 §1, §6): its figures (编辑 changes them), and everything
 * linked to it — the organisations and social workers serving it, the projects there, its needs
 * by demand, the resources offered to it, its volunteer hours — and the same links drawn as a
 * graph. The address may name a section (`?section=needs`), which is then scrolled into view:
 * the 覆盖情况 matrix opens its figures that way.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react'
import {
  Alert,
  Breadcrumb,
  Card,
  Descriptions,
  Flex,
  Result,
  Space,
  Spin,
  Tag,
  Typography
} from 'antd'
import { useLiveQuery } from '@renderer/db/live-query'
import { Link, useParams, useSearchParams } from 'react-router'
import { ArchiveAction, EditAction, RecordHistory } from '@renderer/components/record-panel'
import { useOrganizationsOf } from '@renderer/components/use-registry'
import type { CommunityLinks } from '@renderer/db/repositories/linkage-reads'
import { useRepositories } from '@renderer/db/use-repositories'
import type { Community } from '@shared/domain/communities/community'
import { todayInChina } from '@shared/domain/dates'
import { CommunityFormDrawer } from './community-form'
import { COMMUNITY_SECTIONS, type CommunitySection } from './community-path'
import {
  NeedsTable,
  OrganizationsTable,
  ProjectsTable,
  ResourcesTable,
  SocialWorkersTable,
  VolunteerFiguresView
} from './community-sections'
import { LinkageGraph } from './linkage-graph'
import { COMMUNITY_FIELD_LABELS as L, COMMUNITY_STRINGS as S } from './strings'

const sectionElementId = (section: CommunitySection) => `community-section-${section}`

export function CommunityPage() {
  const { id = '' } = useParams()
  const { linkage } = useRepositories()
  const links = useLiveQuery(() => linkage.community(id), [linkage, id])
  if (links === undefined) return <Spin />
  if (links.community === null) {
    return (
      <Result
        status="404"
        title={S.notFoundTitle}
        subTitle={S.notFoundText}
        extra={<Link to="/communities">{S.backToList}</Link>}
      />
    )
  }
  return <CommunityView community={links.community} links={links} />
}

function Section({
  section,
  title,
  children
}: {
  section?: CommunitySection
  title: string
  children: ReactNode
}) {
  return (
    <Card>
      <section id={section ? sectionElementId(section) : undefined} aria-label={title}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </section>
    </Card>
  )
}

/** Scrolls the section the address names into view once the page has drawn. */
function useSectionFromAddress() {
  const [params] = useSearchParams()
  const named = params.get('section')
  const section = COMMUNITY_SECTIONS.find((candidate) => candidate === named)
  useEffect(() => {
    if (!section) return
    // jsdom-like environments have no scrollIntoView; a browser always does.
    document.getElementById(sectionElementId(section))?.scrollIntoView?.({ block: 'start' })
  }, [section])
}

function CommunityView({ community: c, links }: { community: Community; links: CommunityLinks }) {
  const { communities } = useRepositories()
  const [today] = useState(todayInChina)
  // Keyed on updatedAt as well, so an archive shows up in the history at once.
  const history = useLiveQuery(() => communities.history(c.id), [communities, c.id, c.updatedAt])
  // Only the organisations the projects and the workers' employers name, in one bulk read.
  const named = useMemo(
    () => [
      ...links.projects.map((project) => ({ organizationId: project.organizationId })),
      ...links.socialWorkers.flatMap(({ worker }) =>
        worker.employerId ? [{ organizationId: worker.employerId }] : []
      )
    ],
    [links]
  )
  const organizationsById = useOrganizationsOf(named)
  const organizationName = (orgId: string | null) =>
    orgId ? (organizationsById?.get(orgId)?.name ?? null) : null
  useSectionFromAddress()
  const [editing, setEditing] = useState(false)
  const archived = c.archivedAt !== null

  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[{ title: <Link to="/communities">{S.pageTitle}</Link> }, { title: c.name }]}
      />
      <Space vertical size="small" role="region" aria-label={S.summaryLabel}>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {c.name}
          </Typography.Title>
          <Tag>{S.area(c.district, c.subdistrict)}</Tag>
          {archived ? <Tag>{S.archivedTag}</Tag> : null}
        </Space>
        <Space wrap>
          <EditAction
            record={c}
            label={S.edit}
            refusal={S.editArchived}
            primary
            onEdit={() => setEditing(true)}
          />
          <ArchiveAction record={c} archive={communities.archive} restore={communities.restore} />
        </Space>
      </Space>
      {archived ? <Alert type="info" showIcon title={S.archivedNotice} /> : null}

      <Section title={S.basicInfo}>
        <Descriptions
          bordered
          size="small"
          column={3}
          items={[
            { key: 'district', label: L.district, children: c.district },
            { key: 'subdistrict', label: L.subdistrict, children: c.subdistrict },
            { key: 'divisionCode', label: L.divisionCode, children: c.divisionCode ?? '—' },
            {
              key: 'households',
              label: L.households,
              children: c.households.toLocaleString('zh-CN')
            },
            {
              key: 'population',
              label: L.population,
              children: c.population.toLocaleString('zh-CN')
            },
            { key: 'grids', label: L.grids, children: c.grids }
          ]}
        />
      </Section>
      <Section section="organizations" title={S.organizationsTitle(links.organizations.length)}>
        <OrganizationsTable rows={links.organizations} />
      </Section>
      <Section section="socialWorkers" title={S.socialWorkersTitle(links.socialWorkers.length)}>
        <SocialWorkersTable
          rows={links.socialWorkers}
          organizationName={organizationName}
          today={today}
        />
      </Section>
      <Section section="projects" title={S.projectsTitle(links.projects.length)}>
        <ProjectsTable rows={links.projects} organizationName={organizationName} />
      </Section>
      <Section section="needs" title={S.needsTitle(links.needs.length)}>
        <NeedsTable rows={links.needs} />
      </Section>
      <Section section="resources" title={S.resourcesTitle(links.resources.length)}>
        <ResourcesTable rows={links.resources} today={today} />
      </Section>
      <Section section="volunteers" title={S.volunteersTitle}>
        <VolunteerFiguresView figures={links.volunteerHours} />
      </Section>
      <Section section="graph" title={S.graphTitle}>
        <Typography.Paragraph type="secondary">{S.graphHint}</Typography.Paragraph>
        <LinkageGraph layout={links.graph} />
      </Section>
      <Section title={S.historyTitle}>
        <RecordHistory entries={history} fieldLabels={L} />
      </Section>

      {editing ? (
        <CommunityFormDrawer
          community={c}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
    </Flex>
  )
}
