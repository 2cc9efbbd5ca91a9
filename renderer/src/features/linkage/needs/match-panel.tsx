/**
 * 对接建议: the organisations, social workers and resources worth asking about the need, each
 * with its points and the reasons for it (matching.ts, through the repository), and the match
 * made from what is picked: to an existing project, or to a 草稿 for a 公益创投 round still
 * accepting them, prefilled from the need. The match rule (checkMatch) is asked while picking,
 * so what it refuses or warns about shows before anything is sent; the project list offers only
 * the projects the rule allows.
 */
import { useMemo, useState } from 'react'
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Col,
  Flex,
  Form,
  Input,
  Radio,
  Row,
  Select,
  Spin,
  Tag,
  Tooltip,
  Typography
} from 'antd'
import { useLiveQuery } from '@renderer/db/live-query'
import { Link } from 'react-router'
import { FormErrors, useFormSave } from '@renderer/components/form-save'
import { OrganizationSelect } from '@renderer/components/organization-select'
import { useById, useOrganizations, useSocialWorkers } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { useRounds } from '@renderer/features/venture/use-venture-data'
import type { FieldIssue } from '@shared/domain/check'
import type { IsoDate } from '@shared/domain/dates'
import type { Suggestion } from '@shared/domain/linkage/matching'
import type { Need } from '@shared/domain/linkage/need'
import {
  checkMatch,
  type MatchContext,
  type MatchDraft,
  type NeedMatch
} from '@shared/domain/linkage/need-match'
import type { Project } from '@shared/domain/projects/project'
import { newApplicationRefusal } from '@shared/domain/venture/application'
import { NEED_STRINGS as S } from './strings'

type Target = 'project' | 'application'

interface MatchValues {
  target: Target
  projectId?: string | null
  roundId?: string | null
  note?: string
}

/** The form's own fields; the repository's refusals about anything else go above it. */
const FORM_FIELDS = ['projectId', 'roundId', 'note']

/** Issues about where the match points, which the other target does not have. */
const TARGET_FIELDS = ['projectId', 'applicationId']

const errorsOf = (issues: readonly FieldIssue[]) => issues.filter((i) => i.level === 'error')

/**
 * The projects the match rule allows for the need (not archived, not ended, not matched
 * already), those serving the need's community first. The chosen one stays listed should it be
 * refused since, so its refusal reads by name rather than by id.
 */
function projectChoices(
  projects: readonly Project[],
  need: Need,
  matches: readonly NeedMatch[],
  today: IsoDate,
  chosenId: string | null
) {
  const refused = (project: Project) => {
    const result = checkMatch(
      {
        needId: need.id,
        target: 'project',
        projectId: project.id,
        applicationId: null,
        organizationId: null,
        socialWorkerIds: [],
        resourceIds: [],
        note: null
      },
      {
        today,
        need,
        project,
        application: null,
        organization: null,
        socialWorkers: [],
        resources: [],
        matches
      }
    )
    return !result.ok && result.issues.some((issue) => issue.field === 'projectId')
  }
  const allowed = projects.filter((project) => project.id === chosenId || !refused(project))
  const option = (project: Project) => ({
    value: project.id,
    label: S.projectOption(project.title, project.channel, project.status)
  })
  const serves = (project: Project) => project.communityIds.includes(need.communityId)
  return [
    { label: S.projectsInCommunity, options: allowed.filter(serves).map(option) },
    { label: S.otherProjects, options: allowed.filter((p) => !serves(p)).map(option) }
  ].filter((group) => group.options.length > 0)
}

export interface MatchPanelProps {
  need: Need
  /** The need's matches so far, withdrawn ones included. */
  matches: readonly NeedMatch[]
  /** Every project, archived ones included. */
  projects: readonly Project[]
  today: IsoDate
}

export function MatchPanel({ need, matches, projects, today }: MatchPanelProps) {
  const { needMatches, resources } = useRepositories()
  const { message } = App.useApp()
  // Re-asked when the need or its matches change: a new match changes who is busy.
  const suggestions = useLiveQuery(
    () => needMatches.suggest(need.id),
    [needMatches, need.id, need.updatedAt, matches.length]
  )
  const organizations = useOrganizations()
  const organizationsById = useById(organizations)
  const workersById = useById(useSocialWorkers())
  const resourcesById = useById(useLiveQuery(() => resources.listAll(), [resources]))
  const rounds = useRounds()

  const [form] = Form.useForm<MatchValues>()
  const { errors, saving, save } = useFormSave(form, FORM_FIELDS)
  const target = (Form.useWatch('target', form) as Target | undefined) ?? 'project'
  const projectId = (Form.useWatch('projectId', form) as string | null | undefined) ?? null
  const note = (Form.useWatch('note', form) as string | undefined) ?? ''
  const [organizationId, setOrganizationId] = useState<string | null>(null)
  const [socialWorkerIds, setSocialWorkerIds] = useState<string[]>([])
  const [resourceIds, setResourceIds] = useState<string[]>([])
  const [createdApplicationId, setCreatedApplicationId] = useState<string | null>(null)

  const context = (project: Project | null): MatchContext => ({
    today,
    need,
    project,
    application: null,
    organization: organizationId ? (organizationsById.get(organizationId) ?? null) : null,
    socialWorkers: socialWorkerIds.flatMap((id) => workersById.get(id) ?? []),
    resources: resourceIds.flatMap((id) => resourcesById.get(id) ?? []),
    matches
  })
  const draft = (chosenProjectId: string | null): MatchDraft => ({
    needId: need.id,
    target: 'project',
    projectId: chosenProjectId,
    applicationId: null,
    organizationId,
    socialWorkerIds,
    resourceIds,
    note: note.trim() || null
  })

  const projectOptions = useMemo(
    () => projectChoices(projects, need, matches, today, projectId),
    [projects, need, matches, today, projectId]
  )

  const roundOptions = useMemo(
    () =>
      (rounds ?? [])
        .filter((round) => newApplicationRefusal(round) === null)
        .map((round) => ({ value: round.id, label: S.roundOption(round.name, round.status) })),
    [rounds]
  )

  if (!suggestions || !organizations) return <Spin />

  const checked = checkMatch(
    draft(target === 'project' ? projectId : null),
    context(projectId ? (projects.find((project) => project.id === projectId) ?? null) : null)
  )
  const allIssues = checked.ok ? checked.warnings : checked.issues
  // Until a project is chosen, 请选择 is for 对接 to say, not the rule while picking.
  const projectIssues =
    target === 'project' && projectId !== null
      ? allIssues.filter((issue) => issue.field === 'projectId')
      : []
  const otherIssues = allIssues.filter((issue) => !TARGET_FIELDS.includes(issue.field))
  const blocking = errorsOf([...projectIssues, ...otherIssues]).length > 0
  const missingOrganization = target === 'application' && organizationId === null

  const reset = () => {
    setOrganizationId(null)
    setSocialWorkerIds([])
    setResourceIds([])
    form.resetFields()
  }

  const submit = async () => {
    setCreatedApplicationId(null)
    try {
      await form.validateFields()
    } catch {
      return
    }
    const values = form.getFieldsValue(true) as MatchValues
    if (target === 'project') {
      if (blocking) return
      const result = await save(() => needMatches.matchToProject(need.id, draft(values.projectId!)))
      if (result) {
        message.success(S.matched)
        reset()
      }
      return
    }
    if (blocking || organizationId === null) return
    const result = await save(() =>
      needMatches.matchToNewApplication(need.id, {
        roundId: values.roundId!,
        organizationId,
        socialWorkerIds,
        resourceIds,
        note: values.note?.trim() || null
      })
    )
    if (result) {
      message.success(S.applicationCreated)
      reset()
      setCreatedApplicationId(result.record.applicationId)
    }
  }

  const toggle = (ids: string[], id: string, on: boolean) =>
    on ? [...ids, id] : ids.filter((other) => other !== id)

  const fieldStatus = (field: readonly FieldIssue[]) =>
    field.length === 0
      ? {}
      : {
          validateStatus: errorsOf(field).length > 0 ? ('error' as const) : ('warning' as const),
          help: field.map((issue) => issue.message).join('；')
        }

  return (
    <Flex vertical gap="middle">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={8}>
          <SuggestionList
            title={S.organizationsTitle}
            empty={S.noOrganizations}
            suggestions={suggestions.organizations}
            name={(id) => organizationsById.get(id)?.name ?? S.missingRecord}
            detail={(id) => organizationsById.get(id)?.category ?? null}
            chosen={(id) => organizationId === id}
            onChoose={(id, on) => setOrganizationId(on ? id : null)}
          />
          <OrganizationSelect
            aria-label={S.otherOrganization}
            style={{ width: '100%', marginTop: 8 }}
            allowClear
            placeholder={S.otherOrganization}
            organizations={organizations}
            notFoundContent={S.organizationNotFound}
            value={organizationId ?? undefined}
            onChange={(id) => setOrganizationId(id ?? null)}
          />
        </Col>
        <Col xs={24} lg={8}>
          <SuggestionList
            title={S.workersTitle}
            empty={S.noWorkers}
            suggestions={suggestions.socialWorkers}
            name={(id) => workersById.get(id)?.name ?? S.missingRecord}
            detail={(id) => workersById.get(id)?.certLevel ?? null}
            chosen={(id) => socialWorkerIds.includes(id)}
            onChoose={(id, on) => setSocialWorkerIds((ids) => toggle(ids, id, on))}
          />
        </Col>
        <Col xs={24} lg={8}>
          <SuggestionList
            title={S.resourcesTitle}
            empty={S.noResources}
            suggestions={suggestions.resources}
            name={(id) => resourcesById.get(id)?.name ?? S.missingRecord}
            detail={(id) => {
              const resource = resourcesById.get(id)
              return resource ? S.resourceDetail(resource.type, resource.providerName) : null
            }}
            chosen={(id) => resourceIds.includes(id)}
            onChoose={(id, on) => setResourceIds((ids) => toggle(ids, id, on))}
          />
        </Col>
      </Row>

      <Card size="small">
        <FormErrors messages={errors} />
        {otherIssues.length > 0 ? (
          <Alert
            style={{ marginBottom: 16 }}
            showIcon
            type={errorsOf(otherIssues).length > 0 ? 'error' : 'warning'}
            title={otherIssues.map((issue) => issue.message).join('；')}
          />
        ) : null}
        <Typography.Paragraph type="secondary">
          {S.chosenSummary(
            organizationId ? (organizationsById.get(organizationId)?.name ?? null) : null,
            socialWorkerIds.length,
            resourceIds.length
          )}
        </Typography.Paragraph>
        <Form<MatchValues> form={form} layout="vertical" initialValues={{ target: 'project' }}>
          <Form.Item name="target" label={S.targetLabel}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'project', label: S.toProject },
                { value: 'application', label: S.toApplication }
              ]}
            />
          </Form.Item>
          {target === 'project' ? (
            <Form.Item
              name="projectId"
              label={S.projectLabel}
              rules={[{ required: true, message: S.projectRequired }]}
              extra={S.projectExtra}
              {...fieldStatus(projectIssues)}
            >
              <Select<string>
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                options={projectOptions}
                placeholder={S.projectPlaceholder}
                notFoundContent={S.noProjects}
              />
            </Form.Item>
          ) : (
            <Form.Item
              name="roundId"
              label={S.roundLabel}
              rules={[{ required: true, message: S.roundRequired }]}
              extra={S.roundExtra}
            >
              <Select<string>
                options={roundOptions}
                placeholder={S.roundPlaceholder}
                notFoundContent={S.noRounds}
              />
            </Form.Item>
          )}
          <Form.Item name="note" label={S.noteLabel}>
            <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
          </Form.Item>
          <Tooltip title={missingOrganization ? S.applicationNeedsOrganization : null}>
            <Button
              type="primary"
              loading={saving}
              disabled={missingOrganization}
              onClick={() => void submit()}
            >
              {target === 'project' ? S.matchToProject : S.createApplication}
            </Button>
          </Tooltip>
        </Form>
        {createdApplicationId ? (
          <Alert
            style={{ marginTop: 16 }}
            type="success"
            showIcon
            title={S.applicationCreatedNotice}
            action={
              <Link to={`/venture/applications/${createdApplicationId}`}>{S.openApplication}</Link>
            }
          />
        ) : null}
      </Card>
    </Flex>
  )
}

interface SuggestionListProps {
  title: string
  empty: string
  suggestions: readonly Suggestion[]
  name(id: string): string
  /** A second line under the name: the organisation's field, the worker's level … */
  detail(id: string): string | null
  chosen(id: string): boolean
  onChoose(id: string, on: boolean): void
}

/** One kind of suggestion: each with a box to pick it, its points and its reasons as tags. */
function SuggestionList({
  title,
  empty,
  suggestions,
  name,
  detail,
  chosen,
  onChoose
}: SuggestionListProps) {
  return (
    <Card size="small" title={title}>
      <section aria-label={title}>
        {suggestions.length === 0 ? (
          <Typography.Text type="secondary">{empty}</Typography.Text>
        ) : (
          <Flex vertical gap="small">
            {suggestions.map((suggestion) => (
              <Flex key={suggestion.id} vertical gap={4}>
                <Flex justify="space-between" align="center" gap="small">
                  <Checkbox
                    checked={chosen(suggestion.id)}
                    onChange={(event) => onChoose(suggestion.id, event.target.checked)}
                  >
                    {name(suggestion.id)}
                  </Checkbox>
                  <Tag color="blue">{S.score(suggestion.score)}</Tag>
                </Flex>
                {detail(suggestion.id) ? (
                  <Typography.Text type="secondary" style={{ marginInlineStart: 24 }}>
                    {detail(suggestion.id)}
                  </Typography.Text>
                ) : null}
                <Flex wrap gap={4} style={{ marginInlineStart: 24 }}>
                  {suggestion.reasons.map((reason) => (
                    <Tag key={reason}>{reason}</Tag>
                  ))}
                </Flex>
              </Flex>
            ))}
          </Flex>
        )}
      </section>
    </Card>
  )
}
