/**
 * 初审 of a round: the submitted applications waiting for a decision, each with the automatic
 * eligibility result worked out now, and those decided, each with the result it was decided on,
 * the decision, the opinion, who and when. Decisions are taken only while the round is 初审中.
 */
import { useMemo, useState } from 'react'
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Input,
  Select,
  Space,
  Spin,
  Tabs,
  Tag,
  Typography
} from 'antd'
import { SearchOutlined } from '@ant-design/icons'
import { useLiveQuery } from '@renderer/db/live-query'
import type { Organization } from '@shared/domain/organizations/organization'
import type { Application } from '@shared/domain/venture/application'
import type { Eligibility } from '@shared/domain/venture/eligibility'
import { roundAllows, type VentureRound } from '@shared/domain/venture/round'
import { normalizeQuery, matchesPinyinQuery } from '@shared/text/pinyin'
import { errorText } from '@shared/text/error-text'
import { useRepositories } from '@renderer/db/use-repositories'
import { useApplicants, useRoundApplications } from '../use-venture-data'
import { EligibilityTable, formatInstant, trackName } from './review-parts'
import { ScreeningModal, type ScreeningAction } from './screening-modal'
import { SCREENING_DECISION_COLORS, REVIEW_STRINGS as S } from './strings'

type SortKey = 'submitted' | 'applicant' | 'eligibility'

/** The eligibility result of each application, or why it could not be worked out. */
type EligibilityById = ReadonlyMap<string, Eligibility | string>

/**
 * Eligibility now of every application waiting for 初审; worked out again when an organisation,
 * an evaluation or an application of the round changes (a sibling in the same track counts
 * against it).
 */
function useEligibilities(roundId: string, ids: readonly string[]): EligibilityById | undefined {
  const { applications } = useRepositories()
  return useLiveQuery(async () => {
    try {
      return await applications.eligibilityForRound(roundId)
    } catch (error) {
      const reason = errorText(error)
      return new Map<string, Eligibility | string>(ids.map((id) => [id, reason]))
    }
  }, [applications, roundId, ids])
}

interface Decision {
  application: Application
  action: ScreeningAction
}

export function ScreeningTab({ round }: { round: VentureRound }) {
  const applications = useRoundApplications(round.id)
  const applicants = useApplicants(applications)
  const [query, setQuery] = useState('')
  const [sort, setSort] = useState<SortKey>('submitted')
  const [deciding, setDeciding] = useState<Decision | null>(null)

  const live = useMemo(
    () => (applications ?? []).filter((application) => application.archivedAt === null),
    [applications]
  )
  const waitingIds = useMemo(
    () => live.filter((application) => application.status === '已提交').map((a) => a.id),
    [live]
  )
  const eligibilities = useEligibilities(round.id, waitingIds)

  if (!applications || !applicants) return <Spin />

  const stageNote = roundAllows(round, 'screen') ? null : S.screeningStage(round.status)
  const nameOf = (application: Application) =>
    applicants.get(application.organizationId)?.name ?? S.unknownOrganization
  const q = normalizeQuery(query)
  const matches = (application: Application) => {
    const organization = applicants.get(application.organizationId)
    return matchesPinyinQuery(q, `${application.title} ${nameOf(application)}`, organization)
  }
  const failedFirst = (application: Application) => {
    const result = application.screening ?? eligibilities?.get(application.id) ?? null
    return result !== null && typeof result !== 'string' && !result.eligible ? 0 : 1
  }
  const ordered = (rows: Application[]) =>
    rows.filter(matches).sort((a, b) => {
      if (sort === 'applicant') {
        const pa = applicants.get(a.organizationId)?.pinyin ?? ''
        const pb = applicants.get(b.organizationId)?.pinyin ?? ''
        if (pa !== pb) return pa.localeCompare(pb)
      }
      if (sort === 'eligibility') {
        const byResult = failedFirst(a) - failedFirst(b)
        if (byResult !== 0) return byResult
      }
      return (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '')
    })

  const waiting = ordered(live.filter((application) => application.status === '已提交'))
  const decided = ordered(live.filter((application) => application.screening?.decision))
  const waitingTotal = waitingIds.length
  const decidedTotal = live.filter((application) => application.screening?.decision).length

  const list = (rows: Application[], total: number, empty: string, waitingList: boolean) =>
    rows.length === 0 ? (
      <Empty description={total === 0 ? empty : S.screeningNoMatch} />
    ) : (
      <Flex vertical gap="middle">
        {rows.map((application) =>
          waitingList ? (
            <WaitingCard
              key={application.id}
              round={round}
              application={application}
              applicant={applicants.get(application.organizationId)}
              eligibility={eligibilities?.get(application.id)}
              canDecide={stageNote === null}
              onDecide={(action) => setDeciding({ application, action })}
            />
          ) : (
            <DecidedCard
              key={application.id}
              round={round}
              application={application}
              applicant={applicants.get(application.organizationId)}
            />
          )
        )}
      </Flex>
    )

  const decidingEligibility = deciding ? eligibilities?.get(deciding.application.id) : undefined
  return (
    <Flex vertical gap="middle">
      {stageNote ? <Alert type="info" showIcon title={stageNote} /> : null}
      <Flex gap="middle" wrap align="center">
        <Input
          allowClear
          prefix={<SearchOutlined />}
          placeholder={S.screeningSearch}
          aria-label={S.screeningSearch}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          style={{ width: 320 }}
        />
        <Space>
          <span>{S.sortBy}</span>
          <Select<SortKey>
            aria-label={S.sortBy}
            value={sort}
            onChange={setSort}
            style={{ width: 200 }}
            options={[
              { value: 'submitted', label: S.sortSubmitted },
              { value: 'applicant', label: S.sortApplicant },
              { value: 'eligibility', label: S.sortEligibility }
            ]}
          />
        </Space>
      </Flex>
      <Tabs
        defaultActiveKey={stageNote === null || waitingTotal > 0 ? 'waiting' : 'decided'}
        items={[
          {
            key: 'waiting',
            label: S.screeningWaiting(waitingTotal),
            children: list(waiting, waitingTotal, S.screeningWaitingEmpty, true)
          },
          {
            key: 'decided',
            label: S.screeningDecided(decidedTotal),
            children: list(decided, decidedTotal, S.screeningDecidedEmpty, false)
          }
        ]}
      />
      {deciding ? (
        <ScreeningModal
          application={deciding.application}
          applicantName={nameOf(deciding.application)}
          action={deciding.action}
          eligible={
            decidingEligibility && typeof decidingEligibility !== 'string'
              ? decidingEligibility.eligible
              : null
          }
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </Flex>
  )
}

interface CardProps {
  round: VentureRound
  application: Application
  applicant: Organization | undefined
}

function CardTitle({ round, application, applicant }: CardProps) {
  return (
    <Space vertical size={0} style={{ whiteSpace: 'normal', padding: '8px 0' }}>
      <Typography.Text strong>{application.title}</Typography.Text>
      <Space size="small" wrap>
        <Typography.Text type="secondary">
          {applicant?.name ?? S.unknownOrganization}
        </Typography.Text>
        <Tag>{trackName(round, application.track)}</Tag>
        {application.submittedAt ? (
          <Typography.Text type="secondary">
            {S.submittedOn(formatInstant(application.submittedAt))}
          </Typography.Text>
        ) : null}
      </Space>
    </Space>
  )
}

function EligibilitySummary({ eligibility }: { eligibility: Eligibility }) {
  const failed = eligibility.checks.filter((check) => !check.passed).length
  return eligibility.eligible ? (
    <Tag color="green">{S.eligible}</Tag>
  ) : (
    <Tag color="red">{S.notEligible(failed)}</Tag>
  )
}

function WaitingCard({
  eligibility,
  canDecide,
  onDecide,
  ...props
}: CardProps & {
  /** undefined while it is being worked out; a string when it could not be. */
  eligibility: Eligibility | string | undefined
  canDecide: boolean
  onDecide(action: ScreeningAction): void
}) {
  const { application } = props
  return (
    <Card
      size="small"
      role="region"
      aria-label={application.title}
      title={<CardTitle {...props} />}
      extra={
        canDecide ? (
          <Space>
            <Button type="primary" onClick={() => onDecide('screenPass')}>
              {S.screenPass}
            </Button>
            <Button danger onClick={() => onDecide('screenFail')}>
              {S.screenFail}
            </Button>
          </Space>
        ) : null
      }
    >
      {eligibility === undefined ? (
        <Typography.Text type="secondary">{S.eligibilityLoading}</Typography.Text>
      ) : typeof eligibility === 'string' ? (
        <Alert type="error" showIcon title={eligibility} />
      ) : (
        <Flex vertical gap="small">
          <div>
            <EligibilitySummary eligibility={eligibility} />
          </div>
          <EligibilityTable checks={eligibility.checks} label={S.eligibilityTitle} />
        </Flex>
      )}
    </Card>
  )
}

function DecidedCard(props: CardProps) {
  const { application } = props
  const screening = application.screening!
  return (
    <Card
      size="small"
      role="region"
      aria-label={application.title}
      title={<CardTitle {...props} />}
      extra={
        screening.decision ? (
          <Tag color={SCREENING_DECISION_COLORS[screening.decision]}>
            {S.decision}：{screening.decision}
          </Tag>
        ) : null
      }
    >
      <Flex vertical gap="small">
        <Descriptions
          size="small"
          column={3}
          items={[
            { key: 'by', label: S.decidedBy, children: screening.decidedBy || S.noValue },
            {
              key: 'at',
              label: S.decidedAt,
              children: screening.decidedAt ? formatInstant(screening.decidedAt) : S.noValue
            },
            { key: 'status', label: S.currentStatus, children: application.status },
            {
              key: 'note',
              label: S.decisionNote,
              span: 3,
              children: screening.note ?? S.noValue
            }
          ]}
        />
        <Space>
          <Typography.Text type="secondary">{S.eligibilityAtDecision}</Typography.Text>
          <EligibilitySummary eligibility={screening} />
        </Space>
        <EligibilityTable checks={screening.checks} label={S.eligibilityAtDecision} />
      </Flex>
    </Card>
  )
}
