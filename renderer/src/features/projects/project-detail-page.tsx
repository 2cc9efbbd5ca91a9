/**
 * One project of either channel: its name, channel, status, organisation, amount (元 and 大写)
 * and period; the steps its workflow offers now (结项, 终止; 签约 on the agreement tab); and a tab
 * for each part of delivery. The tab is kept in the address (`?tab=`), so a link can open the
 * agreement or the payments directly.
 */
import { useState, type ReactNode } from 'react'
import { Alert, Breadcrumb, Button, Empty, Flex, Space, Spin, Tabs, Tag, Typography } from 'antd'
import { Link, useParams } from 'react-router'
import { RecordHistory } from '@renderer/components/record-panel'
import { useTabParam } from '@renderer/components/use-tab-param'
import { ActivitiesTab } from '@renderer/features/projects/activities/activities-tab'
import { EvaluationsTab } from '@renderer/features/projects/evaluations/evaluations-tab'
import { IndicatorsTab } from '@renderer/features/projects/indicators/indicators-tab'
import { MutualEvaluationsTab } from '@renderer/features/projects/mutual/mutual-evaluations-tab'
import { PaymentsTab } from '@renderer/features/projects/payments/payments-tab'
import { amountInWords, yuanText } from '@shared/domain/money'
import type { Project } from '@shared/domain/projects/project'
import { AgreementTab } from './agreement/agreement-tab'
import { AGREEMENT_FIELD_LABELS, AMENDMENT_FIELD_LABELS } from './agreement/strings'
import { useDatabase } from '@renderer/db/database-context'
import { ExportReportButton } from '@renderer/features/reports/export-report'
import { closingReport } from '@renderer/features/reports/report-requests'
import { ProjectActions } from './project-actions'
import {
  CHANNEL_COLORS,
  PROJECT_DETAIL_STRINGS as S,
  PROJECT_FIELD_LABELS
} from './project-detail-strings'
import { editsWholeContract, ProjectEditDrawer, projectEditable } from './project-edit-drawer'
import { ProjectOverview } from './project-overview'
import { ProjectStatusTag } from './project-status-tag'
import { PurchaseProjectFormDrawer } from './purchase-project-form'
import {
  useAgreementHistory,
  useProject,
  useProjectAgreement,
  useProjectFacts,
  useProjectHistory
} from './use-project-data'

/** The agreement's trail holds its 合同变更 entries too. */
const AGREEMENT_HISTORY_LABELS = { ...AGREEMENT_FIELD_LABELS, ...AMENDMENT_FIELD_LABELS }

const TABS = [
  'overview',
  'agreement',
  'indicators',
  'activities',
  'payments',
  'evaluations',
  'mutual',
  'history'
] as const
type TabKey = (typeof TABS)[number]

export function ProjectDetailPage() {
  const { id = '' } = useParams()
  const project = useProject(id)
  if (project === undefined) return <Spin />
  if (project === null) {
    return (
      <Empty description={S.notFound}>
        <Typography.Paragraph type="secondary">{S.notFoundText}</Typography.Paragraph>
        <Link to="/projects">{S.backToList}</Link>
      </Empty>
    )
  }
  return <ProjectPage project={project} />
}

function ProjectPage({ project }: { project: Project }) {
  const related = useProjectFacts(project)
  // Which 编辑 is open, chosen when it is clicked: the whole contract of a 待签约 purchase, or
  // what stays open on the project itself.
  const [editing, setEditing] = useState<'contract' | 'project' | null>(null)
  const [tab, openTab] = useTabParam(TABS)
  const archived = project.archivedAt !== null
  const db = useDatabase()

  const tabs: { key: TabKey; label: string; children: ReactNode }[] = [
    {
      key: 'overview',
      label: S.overviewTab,
      children: <ProjectOverview project={project} related={related} />
    },
    {
      key: 'agreement',
      label: S.agreementTab,
      children: <AgreementTab project={project} related={related} />
    },
    { key: 'indicators', label: S.indicatorsTab, children: <IndicatorsTab project={project} /> },
    { key: 'activities', label: S.activitiesTab, children: <ActivitiesTab project={project} /> },
    { key: 'payments', label: S.paymentsTab, children: <PaymentsTab project={project} /> },
    { key: 'evaluations', label: S.evaluationsTab, children: <EvaluationsTab project={project} /> },
    { key: 'mutual', label: S.mutualTab, children: <MutualEvaluationsTab project={project} /> },
    { key: 'history', label: S.historyTab, children: <ProjectRecordHistory project={project} /> }
  ]

  return (
    <Flex vertical gap="middle">
      <Breadcrumb
        items={[{ title: <Link to="/projects">{S.pageTitle}</Link> }, { title: project.title }]}
      />
      <Flex justify="space-between" align="flex-start" wrap gap="middle">
        <Space vertical size={4} role="region" aria-label={S.summaryLabel}>
          <Space align="center" wrap>
            <Typography.Title level={3} style={{ margin: 0 }}>
              {project.title}
            </Typography.Title>
            <Tag color={CHANNEL_COLORS[project.channel]}>{project.channel}</Tag>
            <span aria-label={S.statusLabel}>
              <ProjectStatusTag status={project.status} />
            </span>
            {archived ? <Tag>{S.archivedTag}</Tag> : null}
          </Space>
          <Typography.Text type="secondary">
            {related?.organization ? (
              <Link to={`/organizations/${related.organization.id}`}>
                {related.organization.name}
              </Link>
            ) : (
              (related?.organizationName ?? '')
            )}
          </Typography.Text>
          <Typography.Text>
            {S.amount} {yuanText(project.amountFen)}（{amountInWords(project.amountFen)}） ·{' '}
            {S.period}{' '}
            {project.startOn && project.endOn
              ? S.periodRange(project.startOn, project.endOn)
              : S.periodAtSigning}
          </Typography.Text>
        </Space>
        <Space wrap>
          <ExportReportButton label={S.closingReport} request={closingReport(db, project.id)} />
          {projectEditable(project) ? (
            <Button
              onClick={() => setEditing(editsWholeContract(project) ? 'contract' : 'project')}
            >
              {S.edit}
            </Button>
          ) : null}
        </Space>
      </Flex>

      {archived ? <Alert type="info" showIcon title={S.archivedNotice} /> : null}
      {project.closedOn ? (
        <Alert type="success" showIcon title={S.closedNotice(project.closedOn)} />
      ) : null}
      {project.terminatedOn ? (
        <Alert
          type="warning"
          showIcon
          title={S.terminatedNotice(project.terminatedOn, project.terminationReason ?? '')}
        />
      ) : null}
      {archived ? null : (
        <ProjectActions project={project} onOpenAgreement={() => openTab('agreement')} />
      )}

      <Tabs
        activeKey={tab}
        onChange={(key) => openTab(key as TabKey)}
        destroyOnHidden
        items={tabs}
      />

      {editing === 'contract' ? (
        <PurchaseProjectFormDrawer
          project={project}
          onClose={() => setEditing(null)}
          onSaved={() => setEditing(null)}
        />
      ) : null}
      {editing === 'project' ? (
        <ProjectEditDrawer project={project} onClose={() => setEditing(null)} />
      ) : null}
    </Flex>
  )
}

/** 操作记录: the project's audit trail, and its agreement's once there is one. */
function ProjectRecordHistory({ project }: { project: Project }) {
  const history = useProjectHistory(project.id)
  const agreement = useProjectAgreement(project.id)?.agreement
  const agreementHistory = useAgreementHistory(agreement?.id)
  return (
    <Flex gap="large" wrap align="flex-start">
      <section aria-label={S.historyTitle} style={{ flex: '1 1 360px' }}>
        <Typography.Title level={4}>{S.historyTitle}</Typography.Title>
        <RecordHistory entries={history} fieldLabels={PROJECT_FIELD_LABELS} />
      </section>
      {agreement ? (
        <section aria-label={S.agreementHistoryTitle} style={{ flex: '1 1 360px' }}>
          <Typography.Title level={4}>{S.agreementHistoryTitle}</Typography.Title>
          <RecordHistory entries={agreementHistory} fieldLabels={AGREEMENT_HISTORY_LABELS} />
        </section>
      ) : null}
    </Flex>
  )
}
