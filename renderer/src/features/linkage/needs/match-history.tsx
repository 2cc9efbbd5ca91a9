/**
 * 对接记录: every match of the need, newest first, withdrawn ones kept with who withdrew them,
 * when and why. 撤销 asks for the reason and confirms, saying the record stays and the need
 * goes back to 待对接 when nothing else answers it.
 */
import { useState } from 'react'
import { App, Button, Form, Input, Table, Tag, Typography } from 'antd'
import type { ColumnsType } from 'antd/es/table'
import { useLiveQuery } from '@renderer/db/live-query'
import { Link } from 'react-router'
import { confirmFirst, FormModal, useFormDialog } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import { formatInstant } from '@renderer/features/venture/applications/application-display'
import { withdrawMatch, type NeedMatch } from '@shared/domain/linkage/need-match'
import { NEED_STRINGS as S } from './strings'

function namesById<T extends { id: string }>(
  rows: readonly (T | undefined)[],
  name: (row: T) => string
): Map<string, string> {
  return new Map(rows.flatMap((row) => (row ? [[row.id, name(row)] as const] : [])))
}

/** The names of what the matches point at, read once for the table. */
function useMatchNames(matches: readonly NeedMatch[]) {
  const { projects, applications, organizations, socialWorkers, resources } = useRepositories()
  return useLiveQuery(async () => {
    const ids = (pick: (match: NeedMatch) => readonly (string | null)[]) => [
      ...new Set(matches.flatMap(pick).filter((id): id is string => id !== null))
    ]
    const [projectRows, applicationRows, organizationRows, workerRows, resourceRows] =
      await Promise.all([
        Promise.all(ids((m) => [m.projectId]).map((id) => projects.get(id))),
        Promise.all(ids((m) => [m.applicationId]).map((id) => applications.get(id))),
        organizations.getMany(ids((m) => [m.organizationId])),
        socialWorkers.getMany(ids((m) => m.socialWorkerIds)),
        resources.getMany(ids((m) => m.resourceIds))
      ])
    return {
      projects: namesById(projectRows, (p) => p.title),
      applications: namesById(applicationRows, (a) => a.title || S.untitled),
      organizations: namesById(organizationRows, (o) => o.name),
      workers: namesById(workerRows, (w) => w.name),
      resources: namesById(resourceRows, (r) => r.name)
    }
  }, [projects, applications, organizations, socialWorkers, resources, matches])
}

export function MatchHistory({ matches }: { matches: readonly NeedMatch[] }) {
  const names = useMatchNames(matches)
  const [withdrawing, setWithdrawing] = useState<NeedMatch | null>(null)
  const list = (ids: readonly string[], from: ReadonlyMap<string, string> | undefined) =>
    ids.length === 0 ? '—' : ids.map((id) => from?.get(id) ?? S.missingRecord).join('、')

  const columns: ColumnsType<NeedMatch> = [
    {
      key: 'matchedAt',
      title: S.matchedAt,
      width: 150,
      render: (_, match) => formatInstant(match.matchedAt)
    },
    {
      key: 'target',
      title: S.matchTarget,
      render: (_, match) =>
        match.target === 'project' ? (
          <Link to={`/projects/${match.projectId}`}>
            {names?.projects.get(match.projectId!) ?? S.missingRecord}
          </Link>
        ) : (
          <>
            <Tag>{S.applicationTag}</Tag>
            <Link to={`/venture/applications/${match.applicationId}`}>
              {names?.applications.get(match.applicationId!) ?? S.missingRecord}
            </Link>
          </>
        )
    },
    {
      key: 'organization',
      title: S.matchOrganization,
      render: (_, match) =>
        match.organizationId
          ? (names?.organizations.get(match.organizationId) ?? S.missingRecord)
          : '—'
    },
    {
      key: 'workers',
      title: S.matchWorkers,
      render: (_, match) => list(match.socialWorkerIds, names?.workers)
    },
    {
      key: 'resources',
      title: S.matchResources,
      render: (_, match) => list(match.resourceIds, names?.resources)
    },
    { key: 'note', title: S.noteLabel, render: (_, match) => match.note ?? '—' },
    { key: 'matchedBy', title: S.operator, width: 90, render: (_, match) => match.matchedBy },
    {
      key: 'state',
      title: S.matchState,
      render: (_, match) =>
        match.withdrawnAt ? (
          <Typography.Text type="secondary">
            <Tag>{S.withdrawnTag}</Tag>
            {S.withdrawnText(
              formatInstant(match.withdrawnAt),
              match.withdrawnBy ?? '',
              match.withdrawReason ?? ''
            )}
          </Typography.Text>
        ) : match.archivedAt ? (
          <Tag>{S.archivedTag}</Tag>
        ) : (
          <Tag color="green">{S.activeTag}</Tag>
        )
    },
    {
      key: 'actions',
      title: '',
      width: 80,
      render: (_, match) =>
        match.withdrawnAt === null && match.archivedAt === null ? (
          <Button size="small" danger onClick={() => setWithdrawing(match)}>
            {S.withdraw}
          </Button>
        ) : null
    }
  ]

  return (
    <>
      <Table<NeedMatch>
        rowKey="id"
        size="small"
        aria-label={S.matchesTitle}
        columns={columns}
        dataSource={[...matches]}
        pagination={false}
        locale={{ emptyText: S.noMatches }}
      />
      {withdrawing ? (
        <WithdrawModal match={withdrawing} onClose={() => setWithdrawing(null)} />
      ) : null}
    </>
  )
}

function WithdrawModal({ match, onClose }: { match: NeedMatch; onClose(): void }) {
  const { needMatches } = useRepositories()
  const { modal } = App.useApp()
  const { form, getValues, saveAndClose, frame } = useFormDialog<{ reason?: string }>(
    ['reason'],
    onClose
  )

  const submit = async () => {
    const reason = getValues().reason ?? ''
    // The rule words a missing reason; it is shown before the question, not after.
    const check = withdrawMatch(match, reason, '', '')
    if (!check.ok) {
      form.setFields([{ name: 'reason', errors: check.issues.map((issue) => issue.message) }])
      return
    }
    const confirmed = await confirmFirst(modal, {
      title: S.withdrawConfirmTitle,
      content: S.withdrawConfirmText,
      okText: S.withdraw,
      cancelText: S.cancel,
      danger: true
    })
    if (!confirmed) return
    await saveAndClose(S.withdrawn, () => needMatches.withdraw(match.id, reason))
  }

  return (
    <FormModal
      {...frame}
      title={S.withdrawTitle}
      okText={S.withdraw}
      cancelText={S.cancel}
      onOk={submit}
    >
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={S.withdrawReason} required>
          <Input.TextArea rows={3} maxLength={200} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
