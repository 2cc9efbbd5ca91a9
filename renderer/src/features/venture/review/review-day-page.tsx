/**
 * 评审日模式 (route /venture/:id/review-day): several experts score on one office PC in turn.
 * Each picks their name, sees only their own assignments, and for each application first
 * declares conflict or no conflict; only after "无利益冲突" does the application's summary and
 * the score sheet appear. 换下一位专家 clears the screen, so the next expert never sees the
 * previous one's scores. Large type and one thing at a time, for people new to the program.
 */
import { useState, type MouseEvent } from 'react'
import { Alert, App, Button, Card, ConfigProvider, Empty, Flex, Spin, Typography } from 'antd'
import { SwapOutlined } from '@ant-design/icons'
import { Link, useNavigate, useParams } from 'react-router'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Application } from '@shared/domain/venture/application'
import { reviewProgress, reviewStatus, type Review } from '@shared/domain/venture/review'
import { roundAllows, type VentureRound } from '@shared/domain/venture/round'
import {
  useApplicants,
  useReviewers,
  useRound,
  useRoundApplications,
  useRoundReviews
} from '../use-venture-data'
import { ApplicationReview } from './application-review'
import { ExpertPicker } from './expert-picker'
import { ReviewStatusTag } from './review-parts'
import { REVIEW_STRINGS as S } from './strings'

export function ReviewDayPage() {
  const { id = '' } = useParams()
  const round = useRound(id)
  if (round === undefined) return <Spin />
  if (round === null) {
    return (
      <Empty description={S.roundNotFound}>
        <Link to="/venture">{S.backToVenture}</Link>
      </Empty>
    )
  }
  return (
    <ConfigProvider componentSize="large" theme={{ token: { fontSize: 18 } }}>
      <ReviewDay round={round} />
    </ConfigProvider>
  )
}

function ReviewDay({ round }: { round: VentureRound }) {
  const navigate = useNavigate()
  const { message, modal } = App.useApp()
  const reviews = useRoundReviews(round.id)
  const reviewers = useReviewers()
  const applications = useRoundApplications(round.id)
  const applicants = useApplicants(applications)
  const [expertId, setExpertId] = useState<string | null>(null)
  const [reviewId, setReviewId] = useState<string | null>(null)
  const [dirty, setDirty] = useState(false)

  /** Runs `then` at once, or after the expert agrees to drop the scores not yet kept. */
  const leave = (then: () => void, content: string) => {
    if (!dirty) {
      then()
      return
    }
    modal.confirm({
      title: S.unsavedTitle,
      content,
      okText: S.discard,
      okButtonProps: { danger: true },
      cancelText: S.cancel,
      onOk: () => {
        setDirty(false)
        then()
      }
    })
  }
  const exitTo = `/venture/${round.id}?tab=review`
  const exit = (event: MouseEvent) => {
    if (!dirty) return
    event.preventDefault()
    leave(() => navigate(exitTo), S.unsavedExit)
  }

  if (!reviews || !reviewers || !applications || !applicants) return <Spin />

  const active = reviews.filter((review) => review.archivedAt === null)
  const expert = reviewers.find((reviewer) => reviewer.id === expertId) ?? null
  const mine = expert ? active.filter((review) => review.reviewerId === expert.id) : []
  const review = mine.find((candidate) => candidate.id === reviewId) ?? null
  const applicationOf = (candidate: Review) =>
    applications.find((application) => application.id === candidate.applicationId)

  let body
  if (!roundAllows(round, 'score')) {
    body = <Alert type="info" showIcon title={S.reviewDayStage(round.status)} />
  } else if (!expert) {
    const assigned = new Set(active.map((candidate) => candidate.reviewerId))
    body = (
      <ExpertPicker
        experts={reviewers
          .filter((reviewer) => assigned.has(reviewer.id))
          .sort((a, b) => a.pinyin.localeCompare(b.pinyin))}
        onChoose={setExpertId}
      />
    )
  } else if (!review) {
    body = (
      <ExpertApplications
        reviews={mine}
        applicationOf={applicationOf}
        applicants={applicants}
        onOpen={(candidate) => setReviewId(candidate.id)}
      />
    )
  } else {
    const application = applicationOf(review)
    body = application ? (
      <ApplicationReview
        key={review.id}
        round={round}
        review={review}
        application={application}
        applicant={applicants.get(application.organizationId)}
        reviewer={expert}
        onBack={() => leave(() => setReviewId(null), S.unsavedBack)}
        onDirtyChange={setDirty}
      />
    ) : (
      <Spin />
    )
  }

  return (
    <Flex vertical gap="large" style={{ maxWidth: 1080, margin: '0 auto', width: '100%' }}>
      <Flex justify="space-between" align="flex-start" wrap gap="middle">
        <div>
          <Typography.Text type="secondary">{round.name}</Typography.Text>
          <Typography.Title level={2} style={{ margin: 0 }}>
            {S.reviewDayTitle}
          </Typography.Title>
        </div>
        <Flex gap="middle" align="center" wrap>
          {expert ? (
            <>
              <Typography.Text strong style={{ fontSize: 20 }}>
                {S.currentExpert(expert.name)}
              </Typography.Text>
              <Button
                icon={<SwapOutlined />}
                onClick={() =>
                  leave(() => {
                    // Notices such as 评分表已提交 belong to the expert who is leaving.
                    message.destroy()
                    setReviewId(null)
                    setExpertId(null)
                  }, S.unsavedSwitch)
                }
              >
                {S.switchExpert}
              </Button>
            </>
          ) : null}
          <Link to={exitTo} onClick={exit}>
            {S.exitReviewDay}
          </Link>
        </Flex>
      </Flex>
      {body}
    </Flex>
  )
}

/** The current expert's assignments, each with only their own status. */
function ExpertApplications({
  reviews,
  applicationOf,
  applicants,
  onOpen
}: {
  reviews: readonly Review[]
  applicationOf(review: Review): Application | undefined
  applicants: ReadonlyMap<string, Organization>
  onOpen(review: Review): void
}) {
  const progress = reviewProgress(reviews)
  const rows = reviews
    .map((review) => ({ review, application: applicationOf(review) }))
    .filter((row): row is { review: Review; application: Application } => !!row.application)
    .sort((a, b) =>
      (a.application.submittedAt ?? '').localeCompare(b.application.submittedAt ?? '')
    )

  return (
    <section aria-label={S.myApplications}>
      <Flex justify="space-between" align="baseline" wrap>
        <Typography.Title level={3}>{S.myApplications}</Typography.Title>
        <Typography.Text style={{ fontSize: 20 }}>
          {S.myProgress(progress.submitted, progress.assigned - progress.recused)}
        </Typography.Text>
      </Flex>
      <Flex vertical gap="middle">
        {rows.map(({ review, application }) => {
          const status = reviewStatus(review)
          const open =
            status === '待声明' ? S.openDeclare : status === '评分中' ? S.openScore : S.openView
          return (
            <Card key={review.id} role="region" aria-label={application.title}>
              <Flex justify="space-between" align="center" gap="middle" wrap>
                <div>
                  <Typography.Title level={4} style={{ margin: 0 }}>
                    {application.title}
                  </Typography.Title>
                  <Typography.Text type="secondary">
                    {applicants.get(application.organizationId)?.name ?? S.unknownOrganization}
                  </Typography.Text>
                </div>
                <Flex gap="middle" align="center">
                  <ReviewStatusTag status={status} />
                  <Button
                    type={status === '已提交' || status === '回避' ? 'default' : 'primary'}
                    onClick={() => onOpen(review)}
                  >
                    {open}
                  </Button>
                </Flex>
              </Flex>
            </Card>
          )
        })}
      </Flex>
    </section>
  )
}
