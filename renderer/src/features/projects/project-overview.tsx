/**
 * 概况: what the project owes next, the facts of the project as stored, and where it came from —
 * the round and application of a 公益创投 project, or the purchase of a 政府购买服务 project
 * (purchaser, catalogue items, budget, procurement with its bidders and award, and the staffing
 * requirement checked against the team as it stands today).
 */
import { useState } from 'react'
import { Descriptions, Flex, Spin, Table, Tag, Typography } from 'antd'
import type { DescriptionsProps } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { Link } from 'react-router'
import { TitledSection } from '@renderer/components/titled-section'
import { todayInChina } from '@shared/domain/dates'
import { amountInWords, formatYuan, yuanText } from '@shared/domain/money'
import type { Project } from '@shared/domain/projects/project'
import { PROCUREMENT_METHOD_RULES, type Bidder } from '@shared/domain/procurement/procurement'
import { staffingIssues, staffingSummary } from '@shared/domain/procurement/staffing'
import { TRANCHE_GATE_LABELS } from '@shared/domain/venture/round'
import {
  CHANNEL_COLORS,
  DUE_URGENCY_COLORS,
  PROJECT_DETAIL_STRINGS as S
} from './project-detail-strings'
import { useProjectDueItems, useVentureOrigin, type ProjectRelated } from './use-project-data'

/** A list inside a description cell, one entry a line. */
function Lines({ lines, empty }: { lines: readonly string[]; empty: string }) {
  if (lines.length === 0) return <Typography.Text type="secondary">{empty}</Typography.Text>
  return (
    <Flex vertical>
      {lines.map((line, index) => (
        <span key={`${index}-${line}`}>{line}</span>
      ))}
    </Flex>
  )
}

export interface ProjectOverviewProps {
  project: Project
  /** What the project names, read once by its page; undefined while loading. */
  related: ProjectRelated | undefined
}

export function ProjectOverview({ project, related }: ProjectOverviewProps) {
  const [today] = useState(todayInChina)
  if (!related) return <Spin />

  return (
    <Flex vertical gap="large">
      <DueSection projectId={project.id} today={today} />
      <TitledSection title={S.basicsTitle}>
        <Descriptions column={2} bordered size="small" items={basicItems(project, related)} />
      </TitledSection>
      {project.origin.kind === 'venture' ? <VentureSection project={project} /> : null}
      {project.purchase ? (
        <>
          <PurchaseSection project={project} related={related} />
          <StaffingSection project={project} related={related} today={today} />
        </>
      ) : null}
    </Flex>
  )
}

function DueSection({ projectId, today }: { projectId: string; today: string }) {
  const due = useProjectDueItems(projectId, today)
  if (!due) return null
  return (
    <TitledSection title={S.dueTitle}>
      {due.length === 0 ? (
        <Typography.Text type="secondary">{S.dueEmpty}</Typography.Text>
      ) : (
        <Flex vertical gap="small">
          {due.map((item) => (
            <Flex key={`${item.kind}-${item.title}`} gap="small" align="center" wrap>
              <Tag color={DUE_URGENCY_COLORS[item.urgency]}>{item.urgency}</Tag>
              <span>{item.title}</span>
              <Typography.Text type="secondary">
                {item.dueOn} · {S.dueDays(item.daysLeft)}
              </Typography.Text>
            </Flex>
          ))}
        </Flex>
      )}
    </TitledSection>
  )
}

function basicItems(project: Project, related: ProjectRelated): DescriptionsProps['items'] {
  const organization = related.organization
  const venture = project.origin.kind === 'venture'
  return [
    {
      key: 'channel',
      label: S.channel,
      children: <Tag color={CHANNEL_COLORS[project.channel]}>{project.channel}</Tag>
    },
    {
      key: 'organization',
      label: S.organization,
      children: organization ? (
        <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>
      ) : (
        related.organizationName
      )
    },
    { key: 'category', label: S.category, children: project.category || S.notGiven },
    {
      key: 'communities',
      label: S.communities,
      children: <Lines lines={related.communityNames} empty={S.noCommunities} />
    },
    {
      key: 'amount',
      label: S.amount,
      span: venture ? 1 : 2,
      children: `${yuanText(project.amountFen)}（${amountInWords(project.amountFen)}）`
    },
    ...(venture
      ? [{ key: 'matching', label: S.matching, children: yuanText(project.matchingFen) }]
      : []),
    { key: 'approvedOn', label: S.approvedOn, children: project.approvedOn },
    {
      key: 'period',
      label: S.period,
      children:
        project.startOn && project.endOn
          ? S.periodRange(project.startOn, project.endOn)
          : S.periodAtSigning
    },
    {
      key: 'tranches',
      label: S.tranches,
      span: 2,
      children: (
        <Lines
          lines={project.tranches.map((tranche) =>
            S.trancheLine(
              tranche.no,
              tranche.percent,
              TRANCHE_GATE_LABELS[tranche.gate],
              yuanText(tranche.amountFen)
            )
          )}
          empty={S.notGiven}
        />
      )
    },
    {
      key: 'team',
      label: S.team,
      span: 2,
      children: (
        <Lines
          lines={related.team.map((worker) => S.workerLine(worker.name, worker.certLevel))}
          empty={S.noTeam}
        />
      )
    }
  ]
}

function VentureSection({ project }: { project: Project }) {
  const names = useVentureOrigin(project)
  if (project.origin.kind !== 'venture' || !names) return null
  const { roundId, applicationId } = project.origin
  return (
    <TitledSection title={S.ventureTitle}>
      <Descriptions
        column={2}
        bordered
        size="small"
        items={[
          {
            key: 'round',
            label: S.round,
            children: <Link to={`/venture/${roundId}`}>{names.roundName ?? S.missingRecord}</Link>
          },
          {
            key: 'application',
            label: S.application,
            children: (
              <Link to={`/venture/applications/${applicationId}`}>
                {names.applicationTitle || S.missingRecord}
              </Link>
            )
          }
        ]}
      />
    </TitledSection>
  )
}

function PurchaseSection({ project, related }: { project: Project; related: ProjectRelated }) {
  const purchase = project.purchase!
  const { procurement } = purchase
  const rule = PROCUREMENT_METHOD_RULES[procurement.method]
  const items: DescriptionsProps['items'] = [
    {
      key: 'purchaser',
      label: S.purchaser,
      children: S.purchaserLine(purchase.purchaser.name, purchase.purchaser.kind)
    },
    { key: 'budgetSource', label: S.budgetSource, children: purchase.budgetSource },
    {
      key: 'items',
      label: S.catalogueItems,
      span: 2,
      children: (
        <Lines
          lines={related.catalogueItems.map((item) => S.itemLine(item.code, item.name))}
          empty={S.notGiven}
        />
      )
    },
    { key: 'method', label: S.procurementMethod, children: rule.label },
    { key: 'awardedOn', label: S.awardedOn, children: procurement.awardedOn ?? S.notGiven },
    // The method's own fields fill the rows two by two; an odd last one takes the whole row.
    ...rule.fields.map((field, index) => ({
      key: `field-${field.key}`,
      label: field.label,
      span: index === rule.fields.length - 1 && index % 2 === 0 ? 2 : 1,
      children: procurement.fields[field.key] ?? S.notGiven
    })),
    ...(purchase.multiYearJustification
      ? [
          {
            key: 'multiYear',
            label: S.multiYear,
            span: 2,
            children: purchase.multiYearJustification
          }
        ]
      : [])
  ]

  const columns: ColumnsType<Bidder & { index: number }> = [
    {
      key: 'name',
      title: S.bidderName,
      render: (_, bidder) => (
        <Flex gap="small" align="center" wrap>
          {bidder.organizationId ? (
            <Link to={`/organizations/${bidder.organizationId}`}>{bidder.name}</Link>
          ) : (
            bidder.name
          )}
          {procurement.awardedIndex === bidder.index ? <Tag color="green">{S.awarded}</Tag> : null}
        </Flex>
      )
    },
    { key: 'uscc', title: S.bidderUscc, width: 200, render: (_, bidder) => bidder.uscc ?? '—' },
    {
      key: 'quote',
      title: S.bidderQuote,
      width: 140,
      align: 'right',
      render: (_, bidder) => (bidder.quotedFen === null ? '—' : formatYuan(bidder.quotedFen))
    },
    {
      key: 'score',
      title: S.bidderScore,
      width: 100,
      align: 'right',
      render: (_, bidder) => bidder.score ?? '—'
    },
    {
      key: 'qualified',
      title: S.bidderQualified,
      width: 100,
      render: (_, bidder) => (bidder.qualified ? S.qualified : S.notQualified)
    }
  ]

  return (
    <TitledSection title={S.purchaseTitle}>
      <Flex vertical gap="middle">
        <Descriptions column={2} bordered size="small" items={items} />
        <Typography.Text strong>{S.biddersTitle(rule.bidderLabel)}</Typography.Text>
        <Table
          aria-label={S.biddersTitle(rule.bidderLabel)}
          size="small"
          rowKey="index"
          pagination={false}
          columns={columns}
          dataSource={procurement.bidders.map((bidder, index) => ({ ...bidder, index }))}
          locale={{ emptyText: S.noBidders }}
        />
      </Flex>
    </TitledSection>
  )
}

function StaffingSection({
  project,
  related,
  today
}: {
  project: Project
  related: ProjectRelated
  today: string
}) {
  const requirement = project.purchase!.staffing
  const issues = staffingIssues(requirement, related.team, today)
  return (
    <TitledSection title={S.staffingTitle}>
      <Flex vertical gap="small">
        <Descriptions
          column={1}
          bordered
          size="small"
          items={[
            {
              key: 'requirement',
              label: S.staffingRequirement,
              children: staffingSummary(requirement)
            },
            {
              key: 'team',
              label: S.team,
              children: (
                <Lines
                  lines={related.team.map((worker) => S.workerLine(worker.name, worker.certLevel))}
                  empty={S.noTeam}
                />
              )
            }
          ]}
        />
        {issues.length === 0 ? (
          <Typography.Text type="success">{S.staffingMet}</Typography.Text>
        ) : (
          issues.map((issue) => (
            <Typography.Text
              key={issue.message}
              type={issue.level === 'error' ? 'danger' : 'warning'}
            >
              {issue.message}
            </Typography.Text>
          ))
        )}
      </Flex>
    </TitledSection>
  )
}
