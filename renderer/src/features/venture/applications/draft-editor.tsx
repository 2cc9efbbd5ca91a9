/**
 * A 草稿 as one form, judged while it is typed: the draft rules and the submission rules run on
 * every change against the round, and each finding shows at its field (red: the draft cannot be
 * saved so; orange: it can be saved but not submitted) and in the list at the top. 保存草稿
 * writes it; 提交 asks, saves, then submits; the repository's refusals land at the same fields.
 */
import { startTransition, useMemo, useState, type ReactNode } from 'react'
import {
  Alert,
  App,
  Button,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Table,
  Tag,
  Tooltip,
  Typography,
  theme
} from 'antd'
import { Link } from 'react-router'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import type { Community } from '@shared/domain/communities/community'
import { formatYuan } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import type { SocialWorker } from '@shared/domain/social-workers/social-worker'
import type { Application } from '@shared/domain/venture/application'
import { BUDGET_CATEGORIES, budgetTotals } from '@shared/domain/venture/budget'
import type { VentureRound } from '@shared/domain/venture/round'
import { matchesPinyinQuery, normalizeQuery } from '@shared/text/pinyin'
import { errorText } from '@shared/text/error-text'
import { CommunitiesSelect } from '@renderer/components/communities-select'
import { formFieldName } from '@renderer/components/form-issues'
import { ListField } from '@renderer/components/list-field'
import { useById } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { ApplicationActionButtons, offeredActions } from './application-actions'
import { categoryShares } from './application-display'
import {
  checkForm,
  issueLabel,
  issueSlot,
  lineAmount,
  nextActivityMonth,
  toContent,
  toFormValues,
  type ApplicationFormValues,
  type BudgetLineValues
} from './application-form-values'
import { Section } from './application-view'
import { MonthInput } from './month-input'
import { APPLICATION_FIELD_LABELS as L, APPLICATION_STRINGS as S } from './strings'

interface SlotIssues {
  errors: string[]
  warnings: string[]
}

/** How a field shows the findings at its slot. */
interface FieldStatus {
  validateStatus?: 'error' | 'warning'
  help?: ReactNode
}

/** Inputs the list at the top can scroll to directly; lists and rows scroll to their section. */
const SCALAR_FIELDS = [
  'title',
  'track',
  'communityIds',
  'problem',
  'objectives',
  'requestedFen',
  'matchingFen',
  'contactName',
  'contactPhone'
]
const FORM_FIELDS = [...SCALAR_FIELDS, 'beneficiaries', 'activities', 'team', 'budgetLines']

const sectionId = (field: string) => `application-${field}`
const ISSUES_ID = 'application-issues'

function add(slots: Map<string, SlotIssues>, issue: FieldIssue, level: keyof SlotIssues) {
  const slot = issueSlot(issue.field)
  const entry = slots.get(slot) ?? { errors: [], warnings: [] }
  if (!entry.errors.includes(issue.message) && !entry.warnings.includes(issue.message)) {
    entry[level].push(issue.message)
  }
  slots.set(slot, entry)
}

function SlotMessages({ entry }: { entry: SlotIssues | undefined }) {
  if (!entry) return null
  return (
    <>
      {entry.errors.map((text) => (
        <Typography.Text key={text} type="danger">
          {text}
        </Typography.Text>
      ))}
      {entry.warnings.map((text) => (
        <Typography.Text key={text} type="warning">
          {text}
        </Typography.Text>
      ))}
    </>
  )
}

export interface DraftEditorProps {
  application: Application
  round: VentureRound
  organization: Organization | null
  /** The registry's communities and social workers to choose from; undefined while loading. */
  communities: readonly Community[] | undefined
  workers: readonly SocialWorker[] | undefined
  today: string
}

export function DraftEditor({
  application,
  round,
  organization,
  communities,
  workers,
  today
}: DraftEditorProps) {
  const { applications } = useRepositories()
  const { message, modal } = App.useApp()
  const { token } = theme.useToken()
  // Untyped: the rules address fields by dotted paths (`budgetLines.2.unitPriceFen`).
  const [form] = Form.useForm()
  const [initialValues] = useState(() => toFormValues(application))
  const [values, setValues] = useState<Partial<ApplicationFormValues>>(initialValues)
  const [refusals, setRefusals] = useState<readonly FieldIssue[]>([])
  const [failure, setFailure] = useState<string | null>(null)
  const [dirty, setDirty] = useState(false)
  const [saving, setSaving] = useState(false)

  const check = useMemo(
    () => checkForm(values, application, round, today),
    [values, application, round, today]
  )
  const offered = offeredActions(application, round, today, check.submission)
  const submitRefusal = offered.find((offer) => offer.action === 'submit')?.refusal ?? null

  const slots = useMemo(() => {
    const map = new Map<string, SlotIssues>()
    for (const issue of [...check.draftErrors, ...refusals]) add(map, issue, 'errors')
    for (const issue of check.submission) add(map, issue, 'warnings')
    return map
  }, [check, refusals])
  // Findings the form has no place for: shown above it, in red when they refused a write.
  const general = refusals.filter(
    (issue) => !FORM_FIELDS.includes(issueSlot(issue.field).split('.')[0] ?? '')
  )
  const listed = [
    ...check.submission,
    ...refusals.filter(
      (issue) =>
        !check.submission.some(
          (known) => known.field === issue.field && known.message === issue.message
        )
    )
  ]

  const at = (slot: string): FieldStatus => {
    const entry = slots.get(slot)
    if (!entry) return {}
    return {
      validateStatus: entry.errors.length > 0 ? 'error' : 'warning',
      help: (
        <Flex vertical>
          <SlotMessages entry={entry} />
        </Flex>
      )
    }
  }

  const jumpTo = (path: string) => {
    const slot = issueSlot(path)
    const parts = slot.split('.')
    if (parts.length === 3 || SCALAR_FIELDS.includes(slot)) {
      form.scrollToField(formFieldName(slot), { block: 'center' })
    } else {
      document.getElementById(sectionId(parts[0] ?? ''))?.scrollIntoView({ block: 'center' })
    }
  }

  /** Writes the form; false when it could not be read or was refused (shown where it belongs). */
  const write = async (): Promise<boolean> => {
    const { content, inputIssues } = toContent(form.getFieldsValue(true))
    if (inputIssues.length > 0) {
      message.error(S.notSaved(inputIssues.length))
      jumpTo(inputIssues[0]!.field)
      return false
    }
    setSaving(true)
    setFailure(null)
    setRefusals([])
    try {
      await applications.update(application.id, content)
      setDirty(false)
      return true
    } catch (error) {
      if (error instanceof RecordValidationError) {
        setRefusals(error.issues)
        const errors = error.issues.filter((issue) => issue.level === 'error')
        message.error(S.notSaved(errors.length))
        if (errors[0]) jumpTo(errors[0].field)
      } else {
        setFailure(`${S.saveFailed}${errorText(error)}`)
      }
      return false
    } finally {
      setSaving(false)
    }
  }

  const saveDraft = async () => {
    if (!(await write())) return
    // Judged on what was just written: the live check may still be catching up with typing.
    const open = checkForm(form.getFieldsValue(true), application, round, today).submission
    if (open.length > 0) message.warning(S.savedWithIssues(open.length))
    else message.success(S.saved)
  }

  const submit = async () => {
    const confirmed = await modal.confirm({
      title: S.submitConfirmTitle,
      content: S.submitConfirmText,
      okText: S.submit,
      cancelText: S.cancel
    })
    if (!confirmed || !(await write())) return
    setSaving(true)
    try {
      await applications.perform(application.id, 'submit', {})
      message.success(S.submitted)
    } catch (error) {
      if (error instanceof RecordValidationError) {
        setRefusals(error.issues)
        message.error(S.submitRefused)
      } else {
        setFailure(`${S.submitFailed}${errorText(error)}`)
      }
    } finally {
      setSaving(false)
    }
  }

  const workersById = useById(workers)
  const workerOptions = useMemo(() => {
    const chosen = new Set(initialValues.team.map((member) => member.socialWorkerId))
    const usable = (workers ?? []).filter((w) => w.archivedAt === null || chosen.has(w.id))
    const option = (w: SocialWorker) => ({ value: w.id, label: `${w.name}（${w.certLevel}）` })
    const own = usable.filter((w) => w.employerId === application.organizationId)
    const others = usable.filter((w) => w.employerId !== application.organizationId)
    return [
      ...(own.length > 0
        ? [{ label: S.ownStaff, title: S.ownStaff, options: own.map(option) }]
        : []),
      { label: S.otherWorkers, title: S.otherWorkers, options: others.map(option) }
    ]
  }, [workers, initialValues, application.organizationId])

  const judgedLines = check.content?.budgetLines ?? []
  const totalFen = budgetTotals(judgedLines).totalFen

  return (
    <Flex vertical gap="middle">
      <Flex
        gap="small"
        align="center"
        wrap
        style={{
          position: 'sticky',
          top: 0,
          zIndex: 10,
          background: token.colorBgLayout,
          paddingBlock: token.paddingXS
        }}
      >
        <Button type="primary" loading={saving} onClick={() => void saveDraft()}>
          {S.saveDraft}
        </Button>
        <Tooltip title={submitRefusal}>
          <Button disabled={submitRefusal !== null || saving} onClick={() => void submit()}>
            {S.submit}
          </Button>
        </Tooltip>
        <ApplicationActionButtons application={application} offered={offered} />
        {dirty ? <Tag color="orange">{S.unsavedHint}</Tag> : null}
        {listed.length > 0 ? (
          <Typography.Link
            type="warning"
            onClick={() => document.getElementById(ISSUES_ID)?.scrollIntoView({ block: 'center' })}
          >
            {S.issuesTitle(listed.length)}
          </Typography.Link>
        ) : (
          <Typography.Text type="success">{S.readyToSubmit}</Typography.Text>
        )}
      </Flex>

      {failure ? <Alert type="error" showIcon title={failure} /> : null}
      {general.length > 0 ? (
        <Alert type="error" showIcon title={general.map((issue) => issue.message).join('；')} />
      ) : null}
      {listed.length > 0 ? (
        <Alert
          id={ISSUES_ID}
          type="warning"
          showIcon
          title={S.issuesTitle(listed.length)}
          description={
            <>
              <Typography.Text type="secondary">{S.issuesHint}</Typography.Text>
              <ul
                aria-label={S.issuesTitle(listed.length)}
                style={{ margin: '8px 0 0', paddingInlineStart: 20 }}
              >
                {listed.map((issue) => {
                  const label = issueLabel(issue.field)
                  return (
                    <li key={`${issue.field}|${issue.message}`}>
                      <Typography.Link onClick={() => jumpTo(issue.field)}>
                        {label ? `${label}：` : ''}
                        {issue.message}
                      </Typography.Link>
                    </li>
                  )
                })}
              </ul>
            </>
          }
        />
      ) : (
        <Alert type="success" showIcon title={S.readyToSubmit} />
      )}

      <Form
        form={form}
        name="application"
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={() => {
          // The input shows the keystroke at once; the checks and the rest of the page follow
          // when React has time, so typing stays quick in a long application.
          startTransition(() => {
            setValues(form.getFieldsValue(true))
            setRefusals((current) => (current.length > 0 ? [] : current))
            setDirty(true)
          })
        }}
      >
        <Flex vertical gap="middle">
          <Section title={S.sectionBasics}>
            <Form.Item label={L.organizationId}>
              {organization ? (
                <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>
              ) : (
                S.unknownOrganization
              )}
            </Form.Item>
            <Row gutter={16}>
              <Col span={16}>
                <Form.Item name="title" label={L.title} required {...at('title')}>
                  <Input maxLength={60} showCount autoComplete="off" />
                </Form.Item>
              </Col>
              <Col span={8}>
                <Form.Item name="track" label={L.track} required {...at('track')}>
                  <Select
                    options={round.tracks.map((track) => ({ value: track.key, label: track.name }))}
                  />
                </Form.Item>
              </Col>
            </Row>
            <Form.Item name="communityIds" label={L.communityIds} {...at('communityIds')}>
              <CommunitiesSelect
                communities={communities}
                chosen={initialValues.communityIds}
                placeholder={S.communitiesPlaceholder}
              />
            </Form.Item>
          </Section>

          <Section title={S.sectionBeneficiaries}>
            <ListField
              name="beneficiaries"
              id={sectionId('beneficiaries')}
              rowLabel={S.sectionBeneficiaries}
              removeLabel={S.removeBeneficiary}
              addLabel={S.addBeneficiary}
              onAdd={(addRow) => addRow({ type: '', count: null })}
              footer={<SlotMessages entry={slots.get('beneficiaries')} />}
              renderRow={(row) => (
                <>
                  <Form.Item
                    name={[row, 'type']}
                    style={{ marginBottom: 8, flex: 1 }}
                    {...at(`beneficiaries.${row}.type`)}
                  >
                    <Input
                      aria-label={S.beneficiaryType}
                      placeholder={S.beneficiaryTypePlaceholder}
                      maxLength={20}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row, 'count']}
                    style={{ marginBottom: 8 }}
                    {...at(`beneficiaries.${row}.count`)}
                  >
                    <InputNumber
                      aria-label={S.beneficiaryCount}
                      min={1}
                      precision={0}
                      suffix="人"
                      style={{ width: 140 }}
                    />
                  </Form.Item>
                </>
              )}
            />
          </Section>

          <Section title={S.sectionDesign}>
            <Form.Item name="problem" label={L.problem} required {...at('problem')}>
              <Input.TextArea autoSize={{ minRows: 4, maxRows: 16 }} maxLength={2000} showCount />
            </Form.Item>
            <Form.Item name="objectives" label={L.objectives} required {...at('objectives')}>
              <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} maxLength={1000} showCount />
            </Form.Item>
          </Section>

          <Section title={S.sectionActivities}>
            <ListField
              name="activities"
              id={sectionId('activities')}
              rowLabel={S.sectionActivities}
              removeLabel={S.removeActivity}
              addLabel={S.addActivity}
              onAdd={(addRow) =>
                addRow({
                  month: nextActivityMonth(
                    form.getFieldValue('activities') ?? [],
                    round.timeline.signingOn
                  ),
                  content: ''
                })
              }
              footer={<SlotMessages entry={slots.get('activities')} />}
              renderRow={(row) => (
                <>
                  <Form.Item
                    name={[row, 'month']}
                    style={{ marginBottom: 8 }}
                    {...at(`activities.${row}.month`)}
                  >
                    <MonthInput aria-label={S.activityMonth} />
                  </Form.Item>
                  <Form.Item
                    name={[row, 'content']}
                    style={{ marginBottom: 8, flex: 1 }}
                    {...at(`activities.${row}.content`)}
                  >
                    <Input aria-label={S.activityContent} maxLength={200} />
                  </Form.Item>
                </>
              )}
            />
          </Section>

          <Section title={S.sectionTeam}>
            <ListField
              name="team"
              id={sectionId('team')}
              rowLabel={S.sectionTeam}
              removeLabel={S.removeMember}
              addLabel={S.addMember}
              onAdd={(addRow) => addRow({ socialWorkerId: null, role: '' })}
              footer={<SlotMessages entry={slots.get('team')} />}
              renderRow={(row) => (
                <>
                  <Form.Item
                    name={[row, 'socialWorkerId']}
                    style={{ marginBottom: 8, flex: 1 }}
                    {...at(`team.${row}.socialWorkerId`)}
                  >
                    <Select
                      aria-label={S.teamWorker}
                      placeholder={S.teamWorkerPlaceholder}
                      notFoundContent={S.noWorker}
                      options={workerOptions}
                      loading={workers === undefined}
                      showSearch={{
                        filterOption: (input, option) => {
                          const worker =
                            option && 'value' in option
                              ? workersById.get(String(option.value))
                              : undefined
                          return (
                            !!worker &&
                            matchesPinyinQuery(normalizeQuery(input), worker.name, worker)
                          )
                        }
                      }}
                    />
                  </Form.Item>
                  <Form.Item
                    name={[row, 'role']}
                    style={{ marginBottom: 8, width: 200 }}
                    {...at(`team.${row}.role`)}
                  >
                    <Input
                      aria-label={S.teamRole}
                      placeholder={S.teamRolePlaceholder}
                      maxLength={20}
                    />
                  </Form.Item>
                </>
              )}
            />
          </Section>

          <Section title={S.sectionBudget}>
            <BudgetLinesField
              lines={values.budgetLines ?? []}
              at={at}
              rowIssues={(index) => slots.get(`budgetLines.${index}`)}
              listIssues={slots.get('budgetLines')}
              lastCategory={() =>
                (form.getFieldValue('budgetLines') as BudgetLineValues[] | undefined)?.at(-1)
                  ?.category ?? null
              }
            />
            {judgedLines.length > 0 ? (
              <Table
                aria-label={S.budgetTotals}
                size="small"
                pagination={false}
                rowKey="category"
                style={{ maxWidth: 480 }}
                dataSource={[
                  ...categoryShares(judgedLines),
                  { category: S.budgetTotal, amountFen: totalFen, share: '100%' }
                ]}
                columns={[
                  { key: 'category', title: S.budgetCategory, dataIndex: 'category' },
                  {
                    key: 'amount',
                    title: S.budgetAmount,
                    align: 'right',
                    render: (_, row) => formatYuan(row.amountFen)
                  },
                  { key: 'share', title: S.budgetShare, dataIndex: 'share', align: 'right' }
                ]}
              />
            ) : null}
          </Section>

          <Section title={S.sectionFunding}>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item
                  name="requestedFen"
                  label={S.requestedLabel}
                  required
                  extra={S.fundingSum(formatYuan(totalFen))}
                  {...at('requestedFen')}
                >
                  <Input inputMode="decimal" placeholder={S.amountPlaceholder} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item name="matchingFen" label={S.matchingLabel} {...at('matchingFen')}>
                  <Input inputMode="decimal" placeholder={S.amountPlaceholder} autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
          </Section>

          <Section title={S.sectionContact}>
            <Row gutter={16}>
              <Col span={12}>
                <Form.Item name="contactName" label={L.contactName} required {...at('contactName')}>
                  <Input maxLength={20} autoComplete="off" />
                </Form.Item>
              </Col>
              <Col span={12}>
                <Form.Item
                  name="contactPhone"
                  label={L.contactPhone}
                  required
                  {...at('contactPhone')}
                >
                  <Input maxLength={20} autoComplete="off" />
                </Form.Item>
              </Col>
            </Row>
          </Section>
        </Flex>
      </Form>
    </Flex>
  )
}

const COLUMN_WIDTHS = { category: 120, unitPrice: 120, quantity: 100, amount: 120, note: 150 }

interface BudgetLinesFieldProps {
  /** The rows as typed, for each line's computed amount. */
  lines: readonly Partial<BudgetLineValues>[]
  at(slot: string): FieldStatus
  rowIssues(index: number): SlotIssues | undefined
  listIssues: SlotIssues | undefined
  lastCategory(): BudgetLineValues['category']
}

/** The budget lines, one row each, with the amount each comes to. */
function BudgetLinesField({
  lines,
  at,
  rowIssues,
  listIssues,
  lastCategory
}: BudgetLinesFieldProps) {
  const heading = (text: string, width?: number, align?: 'right') => (
    <Typography.Text
      type="secondary"
      style={{ width, flex: width ? undefined : 1, textAlign: align }}
    >
      {text}
    </Typography.Text>
  )
  return (
    <ListField
      name="budgetLines"
      id={sectionId('budgetLines')}
      rowLabel={L.budgetLines}
      removeLabel={S.removeBudgetLine}
      addLabel={S.addBudgetLine}
      onAdd={(addRow) =>
        addRow({
          category: lastCategory() ?? BUDGET_CATEGORIES[1],
          item: '',
          unitPriceFen: '',
          quantity: 1,
          note: ''
        })
      }
      header={
        <Flex gap="small" aria-hidden>
          {heading(S.budgetCategory, COLUMN_WIDTHS.category)}
          {heading(S.budgetItem)}
          {heading(S.budgetUnitPrice, COLUMN_WIDTHS.unitPrice)}
          {heading(S.budgetQuantity, COLUMN_WIDTHS.quantity)}
          {heading(S.budgetAmount, COLUMN_WIDTHS.amount, 'right')}
          {heading(S.budgetNote, COLUMN_WIDTHS.note)}
          <span style={{ width: 32 }} />
        </Flex>
      }
      belowRow={(row) => <SlotMessages entry={rowIssues(row)} />}
      footer={<SlotMessages entry={listIssues} />}
      renderRow={(row) => {
        const amount = lineAmount(lines[row])
        return (
          <>
            <Form.Item
              name={[row, 'category']}
              style={{ marginBottom: 8, width: COLUMN_WIDTHS.category }}
              {...at(`budgetLines.${row}.category`)}
            >
              <Select
                aria-label={S.budgetCategory}
                options={BUDGET_CATEGORIES.map((value) => ({ value, label: value }))}
              />
            </Form.Item>
            <Form.Item
              name={[row, 'item']}
              style={{ marginBottom: 8, flex: 1 }}
              {...at(`budgetLines.${row}.item`)}
            >
              <Input aria-label={S.budgetItem} maxLength={50} />
            </Form.Item>
            <Form.Item
              name={[row, 'unitPriceFen']}
              style={{ marginBottom: 8, width: COLUMN_WIDTHS.unitPrice }}
              {...at(`budgetLines.${row}.unitPriceFen`)}
            >
              <Input aria-label={S.budgetUnitPrice} inputMode="decimal" autoComplete="off" />
            </Form.Item>
            <Form.Item
              name={[row, 'quantity']}
              style={{ marginBottom: 8, width: COLUMN_WIDTHS.quantity }}
              {...at(`budgetLines.${row}.quantity`)}
            >
              <InputNumber aria-label={S.budgetQuantity} min={0} style={{ width: '100%' }} />
            </Form.Item>
            <Typography.Text
              aria-label={`${S.budgetAmount} ${row + 1}`}
              style={{
                width: COLUMN_WIDTHS.amount,
                textAlign: 'right',
                lineHeight: '32px'
              }}
            >
              {amount === null ? '—' : formatYuan(amount)}
            </Typography.Text>
            <Form.Item
              name={[row, 'note']}
              style={{ marginBottom: 8, width: COLUMN_WIDTHS.note }}
              {...at(`budgetLines.${row}.note`)}
            >
              <Input aria-label={S.budgetNote} maxLength={200} />
            </Form.Item>
          </>
        )
      }}
    />
  )
}
