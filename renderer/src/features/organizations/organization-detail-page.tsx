/**
 * One organisation's page: its registry fields, its 等级评估 and 年检, its stays at the base,
 * and every change made to it. Later issues add applications, projects and payments here, each
 * as its own section once those records exist.
 */
import { useState, type ReactNode } from 'react'
import { Button, Card, Flex, Result, Space, Spin, Tag, Typography } from 'antd'
import { Link, useNavigate, useParams } from 'react-router'
import { useLiveQuery } from '@renderer/db/live-query'
import { RECORD_PANEL_STRINGS } from '@renderer/components/record-panel'
import { ArchiveAction, EditAction, RecordHistory } from '@renderer/components/record-panel'
import { useRepositories } from '@renderer/db/use-repositories'
import { OrganizationIncubationSection } from '@renderer/features/incubation/organization-incubation-section'
import { OrganizationApplicationsSection } from '@renderer/features/venture/applications/organization-applications-section'
import { todayInChina } from '@shared/domain/dates'
import type { Organization } from '@shared/domain/organizations/organization'
import { REGISTRATION_STATUS_COLORS } from './organization-columns'
import { OrganizationFormDrawer } from './organization-form'
import { OrganizationProfile, OrganizationRatingSection } from './organization-sections'
import { ORGANIZATION_FIELD_LABELS as L, ORGANIZATION_STRINGS as S } from './strings'

export function OrganizationDetailPage() {
  const { id = '' } = useParams()
  const { organizations } = useRepositories()
  const organization = useLiveQuery(
    async () => (await organizations.get(id)) ?? null,
    [organizations, id]
  )
  if (organization === undefined) return <Spin />
  if (organization === null) {
    return (
      <Result
        status="404"
        title={S.notFoundTitle}
        subTitle={S.notFoundText}
        extra={<Link to="/organizations">{S.backToList}</Link>}
      />
    )
  }
  return <OrganizationPage organization={organization} />
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card>
      <section aria-label={title}>
        <Typography.Title level={4} style={{ marginTop: 0 }}>
          {title}
        </Typography.Title>
        {children}
      </section>
    </Card>
  )
}

function OrganizationPage({ organization: o }: { organization: Organization }) {
  const { organizations } = useRepositories()
  const navigate = useNavigate()
  // Keyed on updatedAt as well, so an archive or an edit shows up in the history at once.
  const history = useLiveQuery(
    () => organizations.history(o.id),
    [organizations, o.id, o.updatedAt]
  )
  const [editing, setEditing] = useState(false)
  const [today] = useState(todayInChina)
  const archived = o.archivedAt !== null

  return (
    <Flex vertical gap="middle">
      {/* Actions sit under the name, on the left: the 已归档 notice with its 撤销 appears at the
          top right and would cover them there. */}
      <Space vertical size="small">
        <Typography.Text type="secondary">
          <Link to="/organizations">{S.pageTitle}</Link>
        </Typography.Text>
        <Space align="center" wrap>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {o.name}
          </Typography.Title>
          <Tag>{o.legalForm}</Tag>
          <Tag color={REGISTRATION_STATUS_COLORS[o.registrationStatus]}>{o.registrationStatus}</Tag>
          {o.rating ? <Tag color="gold">{o.rating.grade}</Tag> : null}
          {archived ? <Tag>{RECORD_PANEL_STRINGS.archivedTag}</Tag> : null}
        </Space>
        <Space wrap>
          <EditAction
            record={o}
            label={S.edit}
            refusal={S.editArchived}
            primary
            onEdit={() => setEditing(true)}
          />
          <ArchiveAction
            record={o}
            archive={organizations.archive}
            restore={organizations.restore}
          />
          <Button onClick={() => navigate('/organizations')}>{S.backToList}</Button>
        </Space>
      </Space>

      <Section title={S.basicInfo}>
        <OrganizationProfile organization={o} />
      </Section>
      <Section title={S.ratingSection}>
        <OrganizationRatingSection organization={o} today={today} />
      </Section>
      <Card>
        <OrganizationIncubationSection organizationId={o.id} />
      </Card>
      <Card>
        <OrganizationApplicationsSection organizationId={o.id} />
      </Card>
      <Section title={RECORD_PANEL_STRINGS.historyTitle}>
        <RecordHistory entries={history} fieldLabels={L} />
      </Section>

      {editing ? (
        <OrganizationFormDrawer
          organization={o}
          onClose={() => setEditing(false)}
          onSaved={() => setEditing(false)}
        />
      ) : null}
    </Flex>
  )
}
