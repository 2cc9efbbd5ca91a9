/**
 * 评审专家库: every expert the office invites, shared by all rounds, with how many score sheets
 * each still has open and has submitted. A row opens the expert's panel (修改, 归档 with the
 * repository's warning about unfinished sheets, history).
 */
import { useMemo, useState } from 'react'
import { App, Button, Flex, Spin, Tag } from 'antd'
import type { DescriptionsProps } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useLiveQuery } from '@renderer/db/live-query'
import { ShowArchivedSwitch } from '@renderer/components/archived-switch'
import { DataGrid, type DataGridColumn } from '@renderer/components/data-grid'
import { RecordPanel } from '@renderer/components/record-panel'
import { useRegistryView } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import { maskPhone } from '@shared/domain/identifiers/masking'
import { reviewProgress, type Review } from '@shared/domain/venture/review'
import type { Reviewer } from '@shared/domain/venture/reviewer'
import { useReviewers } from '../use-venture-data'
import { ReviewerFormModal } from './reviewer-form-modal'
import { REVIEWER_FIELD_LABELS as L, REVIEW_STRINGS as S } from './strings'

interface ReviewerRow extends Reviewer {
  /** Sheets assigned and not yet submitted (待声明 or 评分中), across rounds. */
  pending: number
  submitted: number
}

/** Every review of every round; the pool is small and so are the rounds' review tables. */
function useAllReviews(): Review[] | undefined {
  const { ventureRounds, reviews } = useRepositories()
  return useLiveQuery(async () => {
    const rounds = await ventureRounds.listAll()
    const lists = await Promise.all(rounds.map((round) => reviews.listForRound(round.id)))
    return lists.flat()
  }, [ventureRounds, reviews])
}

function reviewerRows(reviewers: readonly Reviewer[], reviews: readonly Review[]): ReviewerRow[] {
  const byReviewer = new Map<string, Review[]>()
  for (const review of reviews) {
    byReviewer.set(review.reviewerId, [...(byReviewer.get(review.reviewerId) ?? []), review])
  }
  return reviewers.map((reviewer) => {
    const progress = reviewProgress(byReviewer.get(reviewer.id) ?? [])
    return {
      ...reviewer,
      pending: progress.undeclared + progress.scoring,
      submitted: progress.submitted
    }
  })
}

const COLUMNS: DataGridColumn<ReviewerRow>[] = [
  {
    id: 'name',
    header: L.name!,
    value: (r) => r.name,
    width: 120,
    sort: 'zh',
    sortValue: (r) => r.pinyin,
    render: (r) => (
      <>
        {r.name}
        {r.archivedAt ? <Tag style={{ marginInlineStart: 8 }}>{S.archivedTag}</Tag> : null}
      </>
    )
  },
  {
    id: 'affiliation',
    header: L.affiliation!,
    value: (r) => r.affiliation,
    width: 240,
    sort: 'zh',
    filter: { kind: 'text' }
  },
  { id: 'title', header: L.title!, value: (r) => r.title, width: 140, sort: 'zh' },
  {
    id: 'expertise',
    header: L.expertise!,
    value: (r) => r.expertise.join('、'),
    width: 200,
    filter: { kind: 'text' }
  },
  {
    id: 'phone',
    header: L.phone!,
    value: (r) => (r.phone ? maskPhone(r.phone) : null),
    width: 130
  },
  {
    id: 'pending',
    header: S.pending,
    value: (r) => r.pending,
    width: 80,
    align: 'right',
    sort: 'number'
  },
  {
    id: 'submitted',
    header: S.reviewed,
    value: (r) => r.submitted,
    width: 80,
    align: 'right',
    sort: 'number'
  }
]

const searchReviewer = (r: ReviewerRow) => ({
  text: `${r.name} ${r.affiliation ?? ''} ${r.title ?? ''} ${r.expertise.join(' ')}`,
  keys: r
})

const reviewerId = (r: ReviewerRow) => r.id

export function ReviewerPool() {
  const reviewers = useReviewers()
  const reviews = useAllReviews()
  const rows = useMemo(
    () => (reviewers && reviews ? reviewerRows(reviewers, reviews) : undefined),
    [reviewers, reviews]
  )
  const view = useRegistryView(rows)
  const [editing, setEditing] = useState<Reviewer | 'new' | null>(null)

  if (!rows) return <Spin />
  return (
    <Flex vertical gap="middle" style={{ height: 'calc(100vh - 260px)', minHeight: 360 }}>
      <DataGrid<ReviewerRow>
        rows={view.visibleRows}
        columns={COLUMNS}
        getRowId={reviewerId}
        search={searchReviewer}
        searchPlaceholder={S.poolSearchPlaceholder}
        storageKey="venture-reviewers"
        ariaLabel={S.poolGridLabel}
        emptyText={S.poolEmpty}
        onRowOpen={view.open}
        toolbar={
          <Flex gap="middle" align="center">
            <ShowArchivedSwitch checked={view.showArchived} onChange={view.setShowArchived} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')}>
              {S.addReviewer}
            </Button>
          </Flex>
        }
      />
      <ReviewerPanel
        reviewer={view.openRecord}
        onEdit={(reviewer) => setEditing(reviewer)}
        onClose={view.close}
      />
      {editing ? (
        <ReviewerFormModal
          reviewer={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </Flex>
  )
}

function ReviewerPanel({
  reviewer: r,
  onEdit,
  onClose
}: {
  reviewer: ReviewerRow | null
  onEdit(reviewer: Reviewer): void
  onClose(): void
}) {
  const { reviewers } = useRepositories()
  const { message } = App.useApp()
  const items: DescriptionsProps['items'] = r
    ? [
        { key: 'affiliation', label: L.affiliation, span: 2, children: r.affiliation ?? S.noValue },
        {
          key: 'affiliationUscc',
          label: L.affiliationUscc,
          span: 2,
          children: r.affiliationUscc ?? S.noValue
        },
        { key: 'title', label: L.title, children: r.title ?? S.noValue },
        { key: 'phone', label: L.phone, children: r.phone ? maskPhone(r.phone) : S.noValue },
        {
          key: 'expertise',
          label: L.expertise,
          span: 2,
          children: r.expertise.length > 0 ? r.expertise.join('、') : S.noValue
        },
        { key: 'pending', label: S.pending, children: r.pending },
        { key: 'submitted', label: S.reviewed, children: r.submitted },
        { key: 'note', label: L.note, span: 2, children: r.note ?? S.noValue }
      ]
    : []

  // The repository warns when the expert still has sheets to finish; the archive goes ahead.
  const archive = async (id: string) => {
    const { warnings } = await reviewers.archive(id)
    for (const warning of warnings) message.warning(warning.message)
  }

  return (
    <RecordPanel
      record={r}
      onClose={onClose}
      items={items}
      extra={
        r && !r.archivedAt ? (
          <Flex justify="flex-end" style={{ marginTop: 16 }}>
            <Button onClick={() => onEdit(r)}>{S.edit}</Button>
          </Flex>
        ) : null
      }
      fieldLabels={L}
      history={reviewers.history}
      archive={archive}
      restore={reviewers.restore}
    />
  )
}
