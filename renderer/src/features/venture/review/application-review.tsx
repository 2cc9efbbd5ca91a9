/**
 * One expert and one application on the review day. The status of the expert's own review
 * decides what is on screen: 待声明 shows only the declaration (nothing of the application's
 * scores, no sheet); 评分中 the summary and the score sheet; 回避 and 已提交 a read-only note.
 * The repository enforces the same gate; this screen only never offers what it would refuse.
 */
import { useState } from 'react'
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Radio,
  Space,
  Typography
} from 'antd'
import { ArrowLeftOutlined } from '@ant-design/icons'
import { zodIssues } from '@shared/domain/check'
import { yuanText } from '@shared/domain/money'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Application } from '@shared/domain/venture/application'
import { budgetTotals } from '@shared/domain/venture/budget'
import { conflictFlags } from '@shared/domain/venture/conflict'
import {
  declarationSchema,
  reviewStatus,
  scoringRefusal,
  submitIssues,
  type Review
} from '@shared/domain/venture/review'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import type { VentureRound } from '@shared/domain/venture/round'
import { checkScoreSheet, sheetTotal, type ReviewCriterion } from '@shared/domain/venture/scoring'
import { placeIssues, placeSaveError, type FieldName } from '@renderer/components/form-issues'
import { useFormSave } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import { ReviewStatusTag, trackName } from './review-parts'
import { REVIEW_STRINGS as S } from './strings'

export interface ApplicationReviewProps {
  round: VentureRound
  review: Review
  application: Application
  applicant: Organization | undefined
  reviewer: Reviewer
  onBack(): void
  /** Told whenever the sheet gains or loses changes not yet kept. */
  onDirtyChange(dirty: boolean): void
}

export function ApplicationReview({
  round,
  review,
  application,
  applicant,
  reviewer,
  onBack,
  onDirtyChange
}: ApplicationReviewProps) {
  const status = reviewStatus(review)
  return (
    <Flex vertical gap="large">
      <div>
        <Button icon={<ArrowLeftOutlined />} onClick={onBack}>
          {S.backToList}
        </Button>
      </div>
      <Flex justify="space-between" align="flex-start" gap="middle" wrap>
        <div>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {application.title}
          </Typography.Title>
          <Typography.Text type="secondary" style={{ fontSize: 20 }}>
            {applicant?.name ?? S.unknownOrganization}
          </Typography.Text>
        </div>
        <ReviewStatusTag status={status} />
      </Flex>
      {status === '待声明' ? (
        <Declaration review={review} applicant={applicant} reviewer={reviewer} />
      ) : status === '回避' ? (
        <Alert
          type="info"
          showIcon
          title={scoringRefusal(review)}
          description={S.recusedNote(review.conflict?.note ?? null)}
        />
      ) : (
        <>
          <ApplicationSummary round={round} application={application} applicant={applicant} />
          {status === '评分中' ? (
            <ScoreSheet round={round} review={review} onDirtyChange={onDirtyChange} />
          ) : (
            <SubmittedSheet round={round} review={review} />
          )}
        </>
      )}
    </Flex>
  )
}

interface DeclarationValues {
  conflicted?: boolean
  note?: string | null
}

const DECLARATION_FIELDS = ['conflicted', 'note'] as const

function Declaration({
  review,
  applicant,
  reviewer
}: {
  review: Review
  applicant: Organization | undefined
  reviewer: Reviewer
}) {
  const { reviews } = useRepositories()
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<DeclarationValues>()
  const { errors, saving, save } = useFormSave(form, DECLARATION_FIELDS)
  const conflicted = Form.useWatch('conflicted', form)
  const flags = applicant
    ? conflictFlags(reviewer, {
        uscc: applicant.uscc,
        legalRepName: applicant.legalRepName,
        name: applicant.name
      })
    : []

  const submit = async () => {
    const values = form.getFieldsValue(true) as DeclarationValues
    const input = { conflicted: values.conflicted, note: values.note ?? null }
    // An unanswered choice or a missing explanation is said at the field before the question.
    const parsed = declarationSchema.safeParse(input)
    if (!parsed.success) {
      placeIssues(form, zodIssues(parsed.error), (path) =>
        (DECLARATION_FIELDS as readonly string[]).includes(path) ? path : null
      )
      return
    }
    const confirmed = await modal.confirm({
      title: S.declareConfirmTitle,
      content: `${parsed.data.conflicted ? S.conflict : S.noConflict}。${S.declareConfirmText}`,
      okText: S.declare,
      cancelText: S.cancel
    })
    if (!confirmed) return
    const done = await save(() => reviews.declare(review.id, input))
    if (done) message.success(parsed.data.conflicted ? S.declaredConflict : S.declaredNoConflict)
  }

  return (
    <Card title={S.declarationTitle}>
      <Flex vertical gap="middle">
        <Typography.Paragraph style={{ margin: 0 }}>{S.declarationIntro}</Typography.Paragraph>
        {flags.length > 0 ? (
          <Alert
            type="warning"
            showIcon
            title={S.flagsTitle}
            description={
              <ul style={{ margin: 0 }}>
                {flags.map((flag) => (
                  <li key={flag}>{flag}</li>
                ))}
              </ul>
            }
          />
        ) : null}
        {errors.length > 0 ? <Alert type="error" showIcon title={errors.join('；')} /> : null}
        <Form<DeclarationValues> form={form} name="declaration" layout="vertical">
          <Form.Item name="conflicted" label={S.conflictChoice} required>
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              options={[
                { value: false, label: S.noConflict },
                { value: true, label: S.conflict }
              ]}
            />
          </Form.Item>
          <Form.Item
            name="note"
            label={S.conflictNote}
            required={conflicted === true}
            extra={S.conflictNoteHint}
          >
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
          <Button type="primary" loading={saving} onClick={() => void submit()}>
            {S.declare}
          </Button>
        </Form>
      </Flex>
    </Card>
  )
}

/** What the expert scores: the application's essentials, never anyone's scores. */
function ApplicationSummary({
  round,
  application,
  applicant
}: {
  round: VentureRound
  application: Application
  applicant: Organization | undefined
}) {
  return (
    <Card title={S.summaryTitle}>
      <Descriptions
        bordered
        column={2}
        items={[
          { key: 'title', label: S.summaryTitleLabel, span: 2, children: application.title },
          {
            key: 'applicant',
            label: S.summaryApplicant,
            span: 2,
            children: applicant?.name ?? S.unknownOrganization
          },
          {
            key: 'track',
            label: S.summaryTrack,
            span: 2,
            children: trackName(round, application.track)
          },
          {
            key: 'requested',
            label: S.summaryRequested,
            children: yuanText(application.requestedFen)
          },
          {
            key: 'budget',
            label: S.summaryBudget,
            children: yuanText(budgetTotals(application.budgetLines).totalFen)
          },
          {
            key: 'objectives',
            label: S.summaryObjectives,
            span: 2,
            children: <div style={{ whiteSpace: 'pre-wrap' }}>{application.objectives}</div>
          }
        ]}
      />
    </Card>
  )
}

interface SheetValues {
  scores?: Record<string, number | null | undefined>
  comment?: string | null
}

/** The sheet as the repository takes it: every criterion of the round, null when unscored. */
function sheetInput(criteria: readonly ReviewCriterion[], values: SheetValues) {
  return {
    scores: Object.fromEntries(
      criteria.map((criterion) => [criterion.key, values.scores?.[criterion.key] ?? null])
    ),
    comment: values.comment ?? null
  }
}

/** `scores.need` → the InputNumber of criterion `need`; `comment` → the comment. */
function sheetField(path: string): FieldName | null {
  if (path === 'comment') return 'comment'
  if (path.startsWith('scores.')) return ['scores', path.slice('scores.'.length)]
  return null
}

function ScoreSheet({
  round,
  review,
  onDirtyChange
}: {
  round: VentureRound
  review: Review
  onDirtyChange(dirty: boolean): void
}) {
  const { reviews } = useRepositories()
  const { message, modal } = App.useApp()
  const [form] = Form.useForm<SheetValues>()
  const [errors, setErrors] = useState<string[]>([])
  const [saving, setSaving] = useState(false)
  const watched = Form.useWatch([], form) as SheetValues | undefined
  const current = sheetInput(round.criteria, watched ?? { scores: review.scores })
  const total = sheetTotal(current.scores, round.criteria)
  const unscored = round.criteria.filter((c) => current.scores[c.key] === null).length
  const reopened = review.reopenings.at(-1)

  const write = async (step: 'save' | 'submit') => {
    const input = sheetInput(round.criteria, form.getFieldsValue(true) as SheetValues)
    if (step === 'submit') {
      // What stops the sheet is shown at the criteria before the expert is asked to confirm.
      const issues = submitIssues({ ...review, ...input }, round.criteria)
      if (issues.length > 0) {
        setErrors(placeIssues(form, issues, sheetField))
        return
      }
      const confirmed = await modal.confirm({
        title: S.submitConfirmTitle,
        content: S.submitConfirmText(sheetTotal(input.scores, round.criteria)),
        okText: S.submitSheet,
        cancelText: S.cancel
      })
      if (!confirmed) return
    }
    setSaving(true)
    setErrors([])
    try {
      if (step === 'save') await reviews.saveScores(review.id, input)
      else await reviews.submit(review.id, input)
      onDirtyChange(false)
      message.success(step === 'save' ? S.savedDraft : S.submitted)
    } catch (error) {
      setErrors(placeSaveError(form, error, sheetField))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Card title={S.sheetTitle}>
      {reopened ? (
        <Alert
          type="warning"
          showIcon
          title={S.reopenedNote(reopened.reason)}
          style={{ marginBottom: 16 }}
        />
      ) : null}
      {errors.length > 0 ? (
        <Alert type="error" showIcon title={errors.join('；')} style={{ marginBottom: 16 }} />
      ) : null}
      <Form<SheetValues>
        form={form}
        name="score-sheet"
        layout="vertical"
        initialValues={{ scores: { ...review.scores }, comment: review.comment }}
        onValuesChange={() => onDirtyChange(true)}
      >
        <Flex gap="large" wrap>
          {round.criteria.map((criterion) => (
            <Form.Item
              key={criterion.key}
              name={['scores', criterion.key]}
              label={S.criterionLabel(criterion.name, criterion.weight)}
              rules={[
                {
                  // The same message the save would give, as soon as the score is typed.
                  validator: async (_rule, value: unknown) => {
                    if (value === null || value === undefined) return
                    const [issue] = checkScoreSheet({ [criterion.key]: value as number }, [
                      criterion
                    ])
                    if (issue) throw new Error(issue.message)
                  }
                }
              ]}
              style={{ minWidth: 200 }}
            >
              <InputNumber step={0.5} style={{ width: 180 }} />
            </Form.Item>
          ))}
        </Flex>
        <Typography.Title level={4}>
          {S.sheetTotal}：
          <span aria-label={S.sheetTotal}>
            {total === null ? S.sheetTotalPending(unscored) : S.sheetTotalValue(total)}
          </span>
        </Typography.Title>
        <Form.Item name="comment" label={S.comment} required>
          <Input.TextArea rows={4} maxLength={1000} />
        </Form.Item>
        <Space size="large">
          <Button loading={saving} onClick={() => void write('save')}>
            {S.saveDraft}
          </Button>
          <Button type="primary" loading={saving} onClick={() => void write('submit')}>
            {S.submitSheet}
          </Button>
        </Space>
      </Form>
    </Card>
  )
}

/** The expert's own submitted sheet, read only. */
function SubmittedSheet({ round, review }: { round: VentureRound; review: Review }) {
  const total = sheetTotal(review.scores, round.criteria)
  return (
    <Card title={S.sheetTitle}>
      <Flex vertical gap="middle">
        <Alert type="success" showIcon title={scoringRefusal(review)} />
        <Descriptions
          bordered
          column={2}
          items={[
            ...round.criteria.map((criterion) => ({
              key: criterion.key,
              label: S.criterionLabel(criterion.name, criterion.weight),
              children: review.scores[criterion.key] ?? S.noValue
            })),
            {
              key: 'total',
              label: S.sheetTotal,
              span: 2,
              children: total === null ? S.noValue : S.sheetTotalValue(total)
            },
            { key: 'comment', label: S.comment, span: 2, children: review.comment ?? S.noValue }
          ]}
        />
      </Flex>
    </Card>
  )
}
