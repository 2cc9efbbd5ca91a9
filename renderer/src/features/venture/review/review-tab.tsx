/**
 * 评审 of a round, for staff: batch assignment of experts from the pool, the scoring progress of
 * each application (adding and taking off experts, 退回重评), each expert's load, and the way
 * into the review-day mode where the experts themselves declare and score. Staff are not
 * reviewers, so submitted sheet totals are shown here.
 */
import { useMemo, useState } from 'react'
import {
  Alert,
  App,
  Button,
  Empty,
  Flex,
  Form,
  Input,
  InputNumber,
  Popconfirm,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography
} from 'antd'
import { CheckCircleFilled, PlusOutlined, SearchOutlined, TeamOutlined } from '@ant-design/icons'
import { useNavigate } from 'react-router'
import type { Organization } from '@shared/domain/organizations/organization'
import { SCREENED_IN_STATUSES, type Application } from '@shared/domain/venture/application'
import {
  reopenRefusal,
  reviewProgress,
  reviewStatus,
  submittedTotal,
  unassignRefusal,
  type Review,
  type ReviewProgress
} from '@shared/domain/venture/review'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import { roundAllows, type VentureRound } from '@shared/domain/venture/round'
import { normalizeQuery, matchesPinyinQuery } from '@shared/text/pinyin'
import { errorText } from '@shared/text/error-text'
import { useFormSave } from '@renderer/components/form-save'
import { useRepositories } from '@renderer/db/use-repositories'
import type { AssignmentOutcome } from '@renderer/db/repositories/reviews-repository'
import {
  useApplicants,
  useReviewers,
  useRoundApplications,
  useRoundReviews
} from '../use-venture-data'
import { formatInstant, ReviewStatusTag, trackName } from './review-parts'
import { AddExpertModal, ReopenModal } from './review-modals'
import { REVIEW_STATUS_COLORS, REVIEW_STRINGS as S } from './strings'

interface ProgressRow {
  application: Application
  applicant: Organization | undefined
  /** The application's assignments still in force. */
  reviews: Review[]
  progress: ReviewProgress
}

/** Sheets that count towards the progress: every expert who has not withdrawn. */
const expected = (progress: ReviewProgress) => progress.assigned - progress.recused

export function ReviewTab({ round }: { round: VentureRound }) {
  const navigate = useNavigate()
  const applications = useRoundApplications(round.id)
  const applicants = useApplicants(applications)
  const reviews = useRoundReviews(round.id)
  const reviewers = useReviewers()

  const rows = useMemo<ProgressRow[]>(() => {
    if (!applications || !applicants || !reviews) return []
    const active = reviews.filter((review) => review.archivedAt === null)
    return applications
      .filter((row) => row.archivedAt === null && SCREENED_IN_STATUSES.includes(row.status))
      .map((application) => {
        const mine = active.filter((review) => review.applicationId === application.id)
        return {
          application,
          applicant: applicants.get(application.organizationId),
          reviews: mine,
          progress: reviewProgress(mine)
        }
      })
  }, [applications, applicants, reviews])

  if (!applications || !applicants || !reviews || !reviewers) return <Spin />

  const canAssign = roundAllows(round, 'assign')
  const scoring = roundAllows(round, 'score')
  const reviewersById = new Map(reviewers.map((reviewer) => [reviewer.id, reviewer]))
  const inUse = reviewers.filter((reviewer) => reviewer.archivedAt === null)

  return (
    <Flex vertical gap="large">
      {canAssign ? null : <Alert type="info" showIcon title={S.assignStage(round.status)} />}
      <Flex justify="space-between" align="center" wrap gap="middle">
        <Typography.Text type="secondary">
          {scoring ? S.reviewDayHint : canAssign ? S.scoringStage : null}
        </Typography.Text>
        <Space vertical align="end" size={4}>
          <Button
            type="primary"
            size="large"
            icon={<TeamOutlined />}
            disabled={!scoring}
            onClick={() => navigate(`/venture/${round.id}/review-day`)}
          >
            {S.reviewDayButton}
          </Button>
          {scoring ? null : (
            <Typography.Text type="secondary">{S.reviewDayStage(round.status)}</Typography.Text>
          )}
        </Space>
      </Flex>

      {canAssign ? (
        <section aria-label={S.assignTitle}>
          <Typography.Title level={4}>{S.assignTitle}</Typography.Title>
          {inUse.length === 0 ? (
            <Empty description={S.assignNoReviewers} />
          ) : (
            <BatchAssign
              round={round}
              reviewers={inUse}
              titleOf={(id) => rows.find((row) => row.application.id === id)?.application.title}
            />
          )}
        </section>
      ) : null}

      <section aria-label={S.progressTitle}>
        <Typography.Title level={4}>{S.progressTitle}</Typography.Title>
        <ProgressTable
          round={round}
          rows={rows}
          reviewersById={reviewersById}
          candidates={inUse}
          canAssign={canAssign}
          scoring={scoring}
        />
      </section>

      <section aria-label={S.loadTitle}>
        <Typography.Title level={4}>{S.loadTitle}</Typography.Title>
        <LoadTable reviews={reviews} reviewers={reviewers} />
      </section>
    </Flex>
  )
}

interface AssignValues {
  reviewerIds?: string[]
  perApplication?: number | null
}

function BatchAssign({
  round,
  reviewers,
  titleOf
}: {
  round: VentureRound
  /** The experts in use, offered and (by default) all chosen. */
  reviewers: readonly Reviewer[]
  titleOf(applicationId: string): string | undefined
}) {
  const { reviews } = useRepositories()
  const [form] = Form.useForm<AssignValues>()
  const { errors, saving, save } = useFormSave(form, ['reviewerIds', 'perApplication'])
  const [outcome, setOutcome] = useState<{ result: AssignmentOutcome; wanted: number } | null>(null)
  const nameOf = (id: string) => reviewers.find((reviewer) => reviewer.id === id)?.name ?? id

  // The number follows the choice of experts (at most 5) until someone sets it by hand.
  const followChoice = (changed: AssignValues, all: AssignValues) => {
    if (changed.reviewerIds && !form.isFieldTouched('perApplication')) {
      form.setFieldValue('perApplication', Math.min(5, all.reviewerIds?.length ?? 0))
    }
  }

  const run = async () => {
    const values = form.getFieldsValue(true) as AssignValues
    const input = {
      reviewerIds: values.reviewerIds ?? [],
      perApplication: values.perApplication ?? 0
    }
    setOutcome(null)
    const done = await save(async () => ({
      warnings: [],
      result: await reviews.assign(round.id, input)
    }))
    if (done) setOutcome({ result: done.result, wanted: input.perApplication })
  }

  return (
    <Flex vertical gap="middle">
      {errors.length > 0 ? <Alert type="error" showIcon title={errors.join('；')} /> : null}
      <Form<AssignValues>
        form={form}
        layout="vertical"
        initialValues={{
          reviewerIds: reviewers.map((reviewer) => reviewer.id),
          perApplication: Math.min(5, reviewers.length)
        }}
        onValuesChange={followChoice}
      >
        <Form.Item name="reviewerIds" label={S.assignReviewers} required>
          <Select
            mode="multiple"
            showSearch={{ optionFilterProp: 'label' }}
            options={reviewers.map((reviewer) => ({
              value: reviewer.id,
              label: reviewer.affiliation
                ? `${reviewer.name}（${reviewer.affiliation}）`
                : reviewer.name
            }))}
          />
        </Form.Item>
        <Flex gap="middle" align="flex-end" wrap>
          <Form.Item
            name="perApplication"
            label={S.assignPerApplication}
            required
            extra={S.assignHint}
            style={{ marginBottom: 0 }}
          >
            <InputNumber style={{ width: 120 }} />
          </Form.Item>
          <Form.Item style={{ marginBottom: 0 }}>
            <Button type="primary" loading={saving} onClick={() => void run()}>
              {S.assignRun}
            </Button>
          </Form.Item>
        </Flex>
      </Form>
      {outcome ? (
        <Alert
          type={
            outcome.result.flagged.length + outcome.result.short.length > 0 ? 'warning' : 'success'
          }
          showIcon
          title={S.assignCreated(outcome.result.created)}
          description={
            <Flex vertical gap="small">
              {outcome.result.flagged.length > 0 ? (
                <div>
                  <Typography.Text strong>{S.assignFlagged}</Typography.Text>
                  <ul style={{ margin: 0 }}>
                    {outcome.result.flagged.map((flag) => (
                      <li key={`${flag.applicationId}-${flag.reviewerId}`}>
                        {titleOf(flag.applicationId) ?? flag.applicationId} ·{' '}
                        {nameOf(flag.reviewerId)}：{flag.flags.join('；')}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
              {outcome.result.short.length > 0 ? (
                <div>
                  <Typography.Text strong>{S.assignShort}</Typography.Text>
                  <ul style={{ margin: 0 }}>
                    {outcome.result.short.map((item) => (
                      <li key={item.applicationId}>
                        {S.assignShortItem(
                          titleOf(item.applicationId) ?? item.applicationId,
                          item.reviewers,
                          outcome.wanted
                        )}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </Flex>
          }
        />
      ) : null}
    </Flex>
  )
}

function ProgressTable({
  round,
  rows,
  reviewersById,
  candidates,
  canAssign,
  scoring
}: {
  round: VentureRound
  rows: readonly ProgressRow[]
  reviewersById: ReadonlyMap<string, Reviewer>
  /** Experts in use, who may be added to an application. */
  candidates: readonly Reviewer[]
  canAssign: boolean
  scoring: boolean
}) {
  const { reviews } = useRepositories()
  const { message } = App.useApp()
  const [query, setQuery] = useState('')
  const [adding, setAdding] = useState<Application | null>(null)
  const [reopening, setReopening] = useState<{ review: Review; subject: string } | null>(null)

  const q = normalizeQuery(query)
  const shown = rows.filter((row) =>
    matchesPinyinQuery(q, `${row.application.title} ${row.applicant?.name ?? ''}`, row.applicant)
  )
  const nameOf = (review: Review) => reviewersById.get(review.reviewerId)?.name ?? S.unknownReviewer

  const unassign = (review: Review) =>
    reviews
      .unassign(review.id)
      .then(() => message.success(S.unassigned))
      .catch((error) => message.error(`${S.failed}${errorText(error)}`))

  const expertRows = (row: ProgressRow) => (
    <Table<Review>
      aria-label={S.reviewRows(row.application.title)}
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={row.reviews}
      locale={{ emptyText: S.noExperts }}
      columns={[
        { key: 'name', title: S.loadExpert, render: (_, review) => nameOf(review) },
        {
          key: 'affiliation',
          title: S.loadAffiliation,
          render: (_, review) => reviewersById.get(review.reviewerId)?.affiliation ?? S.noValue
        },
        {
          key: 'status',
          title: S.progress,
          width: 90,
          render: (_, review) => <ReviewStatusTag status={reviewStatus(review)} />
        },
        {
          key: 'total',
          title: S.total,
          width: 80,
          align: 'right',
          render: (_, review) => submittedTotal(review, round.criteria) ?? S.noValue
        },
        {
          key: 'declaredAt',
          title: S.declaredAt,
          width: 170,
          render: (_, review) => (review.conflict ? formatInstant(review.conflict.at) : S.noValue)
        },
        {
          key: 'submittedAt',
          title: S.submittedAt,
          width: 170,
          render: (_, review) =>
            review.submittedAt ? formatInstant(review.submittedAt) : S.noValue
        },
        {
          key: 'actions',
          title: S.actions,
          width: 110,
          render: (_, review) => {
            if (canAssign && unassignRefusal(review) === null) {
              return (
                <Popconfirm
                  title={S.unassignConfirm}
                  description={S.unassignConfirmText}
                  okText={S.unassign}
                  cancelText={S.cancel}
                  onConfirm={() => unassign(review)}
                >
                  <Button size="small">{S.unassign}</Button>
                </Popconfirm>
              )
            }
            if (scoring && reopenRefusal(review) === null) {
              return (
                <Button
                  size="small"
                  onClick={() =>
                    setReopening({
                      review,
                      subject: `${nameOf(review)} · ${row.application.title}`
                    })
                  }
                >
                  {S.reopen}
                </Button>
              )
            }
            return null
          }
        }
      ]}
    />
  )

  return (
    <Flex vertical gap="small">
      <Input
        allowClear
        prefix={<SearchOutlined />}
        placeholder={S.progressSearch}
        aria-label={S.progressSearch}
        value={query}
        onChange={(event) => setQuery(event.target.value)}
        style={{ width: 320 }}
      />
      <Table<ProgressRow>
        aria-label={S.progressTitle}
        size="small"
        rowKey={(row) => row.application.id}
        pagination={false}
        dataSource={shown}
        locale={{ emptyText: rows.length === 0 ? S.progressEmpty : S.screeningNoMatch }}
        expandable={{ expandedRowRender: expertRows }}
        columns={[
          {
            key: 'application',
            title: S.application,
            sorter: (a, b) => a.application.title.localeCompare(b.application.title, 'zh-CN'),
            render: (_, row) => (
              <Space vertical size={0}>
                <Typography.Text strong>{row.application.title}</Typography.Text>
                <Typography.Text type="secondary">
                  {row.applicant?.name ?? S.unknownOrganization}
                </Typography.Text>
              </Space>
            )
          },
          {
            key: 'track',
            title: S.track,
            width: 110,
            sorter: (a, b) =>
              trackName(round, a.application.track).localeCompare(
                trackName(round, b.application.track),
                'zh-CN'
              ),
            render: (_, row) => trackName(round, row.application.track)
          },
          {
            key: 'experts',
            title: S.experts,
            render: (_, row) =>
              row.reviews.length === 0 ? (
                <Typography.Text type="secondary">{S.noExperts}</Typography.Text>
              ) : (
                <Space size={[4, 4]} wrap>
                  {row.reviews.map((review) => {
                    const status = reviewStatus(review)
                    const total = submittedTotal(review, round.criteria)
                    return (
                      <Tag key={review.id} color={REVIEW_STATUS_COLORS[status]}>
                        {nameOf(review)} · {status}
                        {total === null ? '' : ` ${total}`}
                      </Tag>
                    )
                  })}
                </Space>
              )
          },
          {
            key: 'progress',
            title: S.progress,
            width: 240,
            sorter: (a, b) =>
              a.progress.submitted / Math.max(1, expected(a.progress)) -
              b.progress.submitted / Math.max(1, expected(b.progress)),
            render: (_, row) => (
              <Space size="small" style={{ whiteSpace: 'nowrap' }}>
                <span aria-label={S.progress}>
                  {S.progressText(row.progress.submitted, expected(row.progress))}
                </span>
                {row.progress.recused > 0 ? (
                  <Typography.Text type="secondary">
                    {S.recusedText(row.progress.recused)}
                  </Typography.Text>
                ) : null}
                {row.progress.complete ? (
                  <Typography.Text type="success">
                    <CheckCircleFilled /> {S.complete}
                  </Typography.Text>
                ) : null}
              </Space>
            )
          },
          {
            key: 'actions',
            title: S.actions,
            width: 120,
            render: (_, row) =>
              canAssign ? (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => setAdding(row.application)}
                >
                  {S.addExpert}
                </Button>
              ) : null
          }
        ]}
      />
      {adding ? (
        <AddExpertModal
          application={adding}
          candidates={candidates.filter(
            (reviewer) =>
              !rows
                .find((row) => row.application.id === adding.id)
                ?.reviews.some((review) => review.reviewerId === reviewer.id)
          )}
          onClose={() => setAdding(null)}
        />
      ) : null}
      {reopening ? (
        <ReopenModal
          review={reopening.review}
          subject={reopening.subject}
          onClose={() => setReopening(null)}
        />
      ) : null}
    </Flex>
  )
}

interface LoadRow {
  reviewer: Reviewer
  progress: ReviewProgress
}

/** How many applications each expert has in this round, and how far they are. */
function LoadTable({
  reviews,
  reviewers
}: {
  reviews: readonly Review[]
  reviewers: readonly Reviewer[]
}) {
  const active = reviews.filter((review) => review.archivedAt === null)
  const rows: LoadRow[] = reviewers
    .map((reviewer) => ({
      reviewer,
      progress: reviewProgress(active.filter((review) => review.reviewerId === reviewer.id))
    }))
    .filter((row) => row.progress.assigned > 0)
    .sort((a, b) => a.reviewer.pinyin.localeCompare(b.reviewer.pinyin))
  const count = (pick: (progress: ReviewProgress) => number) => ({
    align: 'right' as const,
    width: 90,
    sorter: (a: LoadRow, b: LoadRow) => pick(a.progress) - pick(b.progress),
    render: (_: unknown, row: LoadRow) => pick(row.progress)
  })

  return (
    <Table<LoadRow>
      aria-label={S.loadTitle}
      size="small"
      rowKey={(row) => row.reviewer.id}
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: S.loadEmpty }}
      columns={[
        { key: 'name', title: S.loadExpert, render: (_, row) => row.reviewer.name },
        {
          key: 'affiliation',
          title: S.loadAffiliation,
          render: (_, row) => row.reviewer.affiliation ?? S.noValue
        },
        { key: 'assigned', title: S.loadAssigned, ...count((p) => p.assigned) },
        { key: 'submitted', title: S.loadSubmitted, ...count((p) => p.submitted) },
        { key: 'recused', title: S.loadRecused, ...count((p) => p.recused) },
        { key: 'open', title: S.loadOpen, ...count((p) => p.undeclared + p.scoring) }
      ]}
    />
  )
}
