/**
 * 看板: counts by status, and the four lists someone has to act on. Each row names the
 * organisation and the date that matters, and opens the stay.
 */
import { Card, Col, Empty, Flex, Row, Statistic, Typography } from 'antd'
import { Link } from 'react-router'
import type { IncubationBoard as Board } from '@shared/domain/incubation/board'
import { INCUBATION_STATUSES, type Incubation } from '@shared/domain/incubation/incubation'
import { INCUBATION_STRINGS as S } from './strings'
import { IncubationStatusTag } from './status-tag'

export interface IncubationBoardViewProps {
  board: Board
  endingSoonDays: number
  organizationName(id: string): string
  today: string
}

export function IncubationBoardView({
  board,
  endingSoonDays,
  organizationName,
  today
}: IncubationBoardViewProps) {
  const lists: {
    key: string
    title: string
    empty: string
    stays: Incubation[]
    date(stay: Incubation): string
    danger?(stay: Incubation): boolean
  }[] = [
    {
      key: 'endingSoon',
      title: S.endingSoon(endingSoonDays),
      empty: S.endingSoonEmpty(endingSoonDays),
      stays: board.endingSoon,
      // A stay past its end that nobody has 续驻 or 出壳 yet says so, not just "到期".
      date: (stay) =>
        `${stay.plannedEndOn! < today ? S.pastEndLabel : S.plannedEndLabel} ${stay.plannedEndOn}`,
      danger: (stay) => stay.plannedEndOn! < today
    },
    {
      key: 'overdueReviews',
      title: S.overdueReviews,
      empty: S.overdueReviewsEmpty,
      stays: board.overdueReviews,
      date: (stay) => `${S.reviewDueLabel} ${stay.reviewDueOn}`,
      danger: () => true
    },
    {
      key: 'overdueHandovers',
      title: S.overdueHandovers,
      empty: S.overdueHandoversEmpty,
      stays: board.overdueHandovers,
      date: (stay) => `${S.handoverDueLabel} ${stay.handoverDueOn}`,
      danger: () => true
    },
    {
      key: 'graduatedThisYear',
      title: S.graduatedThisYear,
      empty: S.graduatedThisYearEmpty,
      stays: board.graduatedThisYear,
      date: (stay) => `${S.graduatedLabel} ${stay.endedOn}`
    }
  ]

  return (
    <>
      <Row gutter={[12, 12]}>
        {INCUBATION_STATUSES.map((status) => (
          <Col key={status} flex="1 0 120px">
            <Card size="small">
              <Statistic
                title={<IncubationStatusTag status={status} />}
                value={board.counts[status]}
              />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {lists.map((list) => (
          <Col key={list.key} xs={24} lg={12}>
            <Card
              size="small"
              title={`${list.title}（${list.stays.length}）`}
              aria-label={list.title}
            >
              {list.stays.length === 0 ? (
                <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={list.empty} />
              ) : (
                <ul
                  style={{
                    listStyle: 'none',
                    margin: 0,
                    padding: 0,
                    maxHeight: 280,
                    overflowY: 'auto'
                  }}
                >
                  {list.stays.map((stay) => (
                    <li key={stay.id} style={{ padding: '4px 0' }}>
                      <Flex justify="space-between" gap="middle">
                        <Link to={`/incubation/${stay.id}`}>
                          {organizationName(stay.organizationId)}
                        </Link>
                        <Typography.Text type={list.danger?.(stay) ? 'danger' : 'secondary'}>
                          {list.date(stay)}
                        </Typography.Text>
                      </Flex>
                    </li>
                  ))}
                </ul>
              )}
            </Card>
          </Col>
        ))}
      </Row>
    </>
  )
}
