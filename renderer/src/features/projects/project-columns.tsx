/**
 * The rows and columns of the 项目 grid: every project of both channels, with its provider, who
 * bought it (the purchaser, or the 公益创投 round), and the most urgent thing it has due.
 */
import { Tag, Typography } from 'antd'
import { Link } from 'react-router'
import type { DataGridColumn } from '@renderer/components/data-grid'
import { formatYuan } from '@shared/domain/money'
import type { DueItem } from '@shared/domain/projects/due-dates'
import { PROJECT_CHANNELS, PROJECT_STATUSES, type Project } from '@shared/domain/projects/project'
import { pinyinKeys, type PinyinKeys } from '@shared/text/pinyin'
import { ProjectStatusTag } from './project-status-tag'
import { PROJECT_STRINGS as S } from './strings'

export interface ProjectRow extends Project {
  organizationName: string
  /** The purchaser of a 政府购买服务 project, the round of a 公益创投 one. */
  sourceName: string
  /** The first of the project's due items in the 到期事项 order; null when nothing is due. */
  nextDue: DueItem | null
  /** Pinyin of the title, so the search box finds `shequ` or `sq` as it does in the registries. */
  keys: PinyinKeys
}

/**
 * Rows newest 立项 first. `dueItems` come in the 到期事项 order (dueList: most urgent first),
 * so a project's first item is the one to show.
 */
export function projectRows(
  projects: readonly Project[],
  organizationName: (id: string) => string | undefined,
  roundName: (id: string) => string | undefined,
  dueItems: readonly DueItem[]
): ProjectRow[] {
  const nextDue = new Map<string, DueItem>()
  for (const item of dueItems) if (!nextDue.has(item.projectId)) nextDue.set(item.projectId, item)
  return [...projects]
    .sort((a, b) => b.approvedOn.localeCompare(a.approvedOn) || a.title.localeCompare(b.title))
    .map((project) => ({
      ...project,
      organizationName: organizationName(project.organizationId) ?? S.missingOrganization,
      sourceName:
        project.origin.kind === 'venture'
          ? (roundName(project.origin.roundId) ?? S.missingRound)
          : (project.purchase?.purchaser.name ?? ''),
      nextDue: nextDue.get(project.id) ?? null,
      keys: pinyinKeys(project.title)
    }))
}

const periodText = (row: ProjectRow) =>
  row.startOn && row.endOn ? S.periodRange(row.startOn, row.endOn) : null

const dueText = (due: DueItem | null) => (due ? `${due.dueOn} ${due.title}` : null)

export const PROJECT_COLUMNS: DataGridColumn<ProjectRow>[] = [
  {
    id: 'channel',
    header: S.channel,
    value: (r) => r.channel,
    width: 110,
    filter: { kind: 'select', options: [...PROJECT_CHANNELS] }
  },
  {
    id: 'title',
    header: S.title,
    value: (r) => r.title,
    width: 260,
    sort: 'zh',
    render: (r) => (
      <>
        <Link to={`/projects/${r.id}`}>{r.title}</Link>
        {r.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{S.archivedTag}</Tag> : null}
      </>
    )
  },
  {
    id: 'organization',
    header: S.organization,
    value: (r) => r.organizationName,
    width: 220,
    sort: 'zh',
    filter: { kind: 'text' }
  },
  {
    id: 'source',
    header: S.source,
    value: (r) => r.sourceName,
    width: 200,
    sort: 'zh',
    filter: { kind: 'select' }
  },
  {
    id: 'amount',
    header: S.amount,
    value: (r) => formatYuan(r.amountFen),
    width: 130,
    align: 'right',
    sort: (a, b) => a.amountFen - b.amountFen,
    exportAs: 'yuan',
    exportValue: (r) => r.amountFen
  },
  {
    id: 'period',
    header: S.period,
    value: periodText,
    width: 200,
    sort: (a, b) => (a.startOn ?? '').localeCompare(b.startOn ?? '')
  },
  {
    id: 'status',
    header: S.status,
    value: (r) => r.status,
    width: 90,
    sort: (a, b) => PROJECT_STATUSES.indexOf(a.status) - PROJECT_STATUSES.indexOf(b.status),
    filter: { kind: 'select', options: [...PROJECT_STATUSES] },
    render: (r) => <ProjectStatusTag status={r.status} />
  },
  {
    id: 'nextDue',
    header: S.nextDue,
    value: (r) => dueText(r.nextDue),
    width: 260,
    sort: (a, b) => (a.nextDue?.dueOn ?? '').localeCompare(b.nextDue?.dueOn ?? ''),
    render: (r) =>
      r.nextDue?.urgency === '已逾期' ? (
        <Typography.Text type="danger">{dueText(r.nextDue)}</Typography.Text>
      ) : (
        dueText(r.nextDue)
      )
  }
]

export const searchProject = (r: ProjectRow) => ({
  text: `${r.title} ${r.organizationName} ${r.sourceName}`,
  keys: r.keys
})

export const projectId = (r: ProjectRow) => r.id
