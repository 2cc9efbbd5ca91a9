/**
 * 新增 / 编辑 服务记录. Each field shows the shared rule's errors and warnings as the user types,
 * the date's among them when it falls outside the project's service period; a refused save puts
 * the repository's messages at the same fields, and nothing is written.
 */
import { useMemo, useState } from 'react'
import { Col, Form, Input, InputNumber, Row, Select } from 'antd'
import type { DefaultOptionType } from 'antd/es/select'
import { FormDrawer } from '@renderer/components/form-drawer'
import { useFormDialog } from '@renderer/components/form-save'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useRepositories } from '@renderer/db/use-repositories'
import type { Activity } from '@shared/domain/activities/activity'
import type { FieldIssue } from '@shared/domain/check'
import type { Community } from '@shared/domain/communities/community'
import { todayInChina } from '@shared/domain/dates'
import type { Project } from '@shared/domain/projects/project'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import { matchesPinyinQuery, normalizeQuery, type PinyinKeys } from '@shared/text/pinyin'
import {
  ACTIVITY_FORM_FIELDS,
  activityFormIssues,
  toDraft,
  toFormValues,
  type ActivityFormValues
} from './activity-form-values'
import { ACTIVITY_FIELD_LABELS as L, ACTIVITY_STRINGS as S } from './strings'
import { CheckOnOpen } from '@renderer/components/check-on-open'

interface PickOption {
  value: string
  label: string
  keys: PinyinKeys
}

const pickOption = (record: Community | SocialWorker, label: string): PickOption => ({
  value: record.id,
  label,
  keys: record
})

/** Found by name, pinyin or initials; a group heading is never a match of its own. */
const filterPick = (input: string, option?: DefaultOptionType) =>
  !!option?.keys &&
  matchesPinyinQuery(
    normalizeQuery(input),
    String(option.label).toLowerCase(),
    option.keys as PinyinKeys
  )

/**
 * The project's own communities first, then the others; an archived one only where the record
 * already names it.
 */
function communityOptions(
  communities: readonly Community[],
  project: Project,
  chosen: string | null
) {
  const usable = communities.filter((c) => c.archivedAt === null || c.id === chosen)
  const option = (c: Community) => pickOption(c, S.communityOption(c.name, c.subdistrict))
  const byId = new Map(usable.map((c) => [c.id, c]))
  const own = project.communityIds.flatMap((id) => {
    const community = byId.get(id)
    return community ? [option(community)] : []
  })
  const others = usable.filter((c) => !project.communityIds.includes(c.id)).map(option)
  return [
    { label: S.projectCommunities, options: own },
    { label: S.otherCommunities, options: others }
  ].filter((group) => group.options.length > 0)
}

/** The project's team, and anyone the record already names who has since left it. */
function workerOptions(
  workers: readonly SocialWorker[],
  project: Project,
  chosen: readonly string[]
): PickOption[] {
  const byId = new Map(workers.map((w) => [w.id, w]))
  const ids = [...new Set([...project.socialWorkerIds, ...chosen])]
  return ids.map((id) => {
    const worker = byId.get(id)
    return worker
      ? pickOption(worker, worker.name)
      : { value: id, label: S.unknownWorker, keys: { pinyin: '', pinyinInitials: '' } }
  })
}

/** Errors and warnings of the issues for `path`, as antd wants them. */
function messagesAt(issues: readonly FieldIssue[], path: string, level: FieldIssue['level']) {
  return issues
    .filter((issue) => issue.field === path && issue.level === level)
    .map((issue) => issue.message)
}

export interface ActivityFormDrawerProps {
  project: Project
  /** The record to edit; null records a new activity. */
  activity: Activity | null
  /** The registries the pickers offer, as the tab read them; undefined while loading. */
  communities: readonly Community[] | undefined
  workers: readonly SocialWorker[] | undefined
  onClose(): void
}

export function ActivityFormDrawer({
  project,
  activity,
  communities,
  workers,
  onClose
}: ActivityFormDrawerProps) {
  const { activities } = useRepositories()
  const [today] = useState(todayInChina)
  const [initialValues] = useState(() => toFormValues(activity, today))
  const { form, getValues, saveAndClose, frame } = useFormDialog<ActivityFormValues>(
    ACTIVITY_FORM_FIELDS,
    onClose
  )
  const period = useMemo(
    () => ({ startOn: project.startOn, endOn: project.endOn }),
    [project.startOn, project.endOn]
  )

  const editing = activity !== null

  const currentIssues = () => activityFormIssues(toDraft(getValues(), project.id), today, period)
  const rulesFor = (path: string) => [
    {
      validator: async () => {
        const errors = messagesAt(currentIssues(), path, 'error')
        if (errors.length > 0) throw new Error(errors.join('；'))
      }
    },
    {
      warningOnly: true,
      validator: async () => {
        const warnings = messagesAt(currentIssues(), path, 'warning')
        if (warnings.length > 0) throw new Error(warnings.join('；'))
      }
    }
  ]

  const save = async () => {
    const { projectId, ...fields } = toDraft(getValues(), project.id)
    await saveAndClose(editing ? S.saved : S.created, () =>
      activity
        ? activities.update(activity.id, fields)
        : activities.create({ projectId, ...fields })
    )
  }

  const community = useMemo(
    () => communityOptions(communities ?? [], project, activity?.communityId ?? null),
    [communities, project, activity]
  )
  const team = useMemo(
    () => workerOptions(workers ?? [], project, activity?.socialWorkerIds ?? []),
    [workers, project, activity]
  )

  return (
    <FormDrawer
      {...frame}
      form={form}
      title={activity ? S.editTitle(activity.title) : S.createTitle}
      strings={S}
      onSave={() => form.submit()}
    >
      <Form<ActivityFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={save}
        scrollToFirstError
      >
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="date" label={L.date} required rules={rulesFor('date')}>
              <IsoDateInput notAfter={today} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="communityId"
              label={L.communityId}
              extra={S.communityExtra}
              rules={rulesFor('communityId')}
            >
              <Select<string>
                allowClear
                placeholder={S.communityPlaceholder}
                options={community}
                showSearch={{ filterOption: filterPick }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="title" label={L.title} required rules={rulesFor('title')}>
          <Input autoComplete="off" maxLength={60} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name="participants"
              label={L.participants}
              required
              rules={rulesFor('participants')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="volunteers"
              label={L.volunteers}
              dependencies={['volunteerHours']}
              rules={rulesFor('volunteers')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="volunteerHours"
              label={L.volunteerHours}
              extra={S.hoursExtra}
              dependencies={['volunteers']}
              rules={rulesFor('volunteerHours')}
            >
              <InputNumber min={0} step={0.5} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item
          name="socialWorkerIds"
          label={L.socialWorkerIds}
          extra={project.socialWorkerIds.length > 0 ? S.workersExtra : S.noTeam}
          rules={rulesFor('socialWorkerIds')}
        >
          <Select<string[]>
            mode="multiple"
            placeholder={S.workersPlaceholder}
            options={team}
            showSearch={{ filterOption: filterPick }}
          />
        </Form.Item>
        <Form.Item name="note" label={L.note} rules={rulesFor('note')}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
        {editing ? <CheckOnOpen form={form} /> : null}
      </Form>
    </FormDrawer>
  )
}
