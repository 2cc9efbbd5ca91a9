/**
 * One workflow step on an application, written with its audit entry: the applications
 * repository takes the preparer's and 初审's steps with it, the reviews repository 完成评审 /
 * 重新评审, the rounds repository the steps a round stage takes for all its applications. Runs
 * inside the caller's transaction, which must include `applications`, `settings` and `auditLog`.
 */
import { RecordValidationError } from '@shared/domain/check'
import { todayInChina } from '@shared/domain/dates'
import {
  APPLICATION_WORKFLOW,
  performApplicationAction,
  type Application,
  type ApplicationAction,
  type Award
} from '@shared/domain/venture/application'
import type { Eligibility } from '@shared/domain/venture/eligibility'
import type { VentureRound } from '@shared/domain/venture/round'
import type { ShelianDatabase } from '../schema'
import type { RepositoryDeps } from './record-repository'
import { createRecordStore } from './record-store'

export interface StepContext {
  round: VentureRound
  at: Date
  operator: string
  eligibility?: Eligibility | null
  reviewsComplete?: boolean
  award?: Award
  /**
   * Name the application in refusals: for steps taken on many at once, where a message about
   * the form's fields would not say which one.
   */
  named?: boolean
}

export function createApplicationSteps(db: ShelianDatabase, deps: Required<RepositoryDeps>) {
  const store = createRecordStore<Application>(db, {
    table: 'applications',
    label: '申报书',
    ...deps
  })

  return async function step(
    application: Application,
    action: ApplicationAction,
    input: unknown,
    context: StepContext
  ) {
    const { round, at, operator, named = false } = context
    const result = performApplicationAction(application, action, input, {
      round,
      today: todayInChina(at),
      eligibility: context.eligibility ?? null,
      reviewsComplete: context.reviewsComplete ?? false,
      award: context.award,
      at: at.toISOString(),
      operator
    })
    if (!result.ok) {
      throw new RecordValidationError(
        named
          ? result.issues.map((issue) => ({
              ...issue,
              message: `“${application.title}”：${issue.message}`
            }))
          : result.issues
      )
    }
    const after = { ...result.value, updatedAt: at.toISOString() }
    const label = APPLICATION_WORKFLOW.transitions.find((t) => t.action === action)!.label
    await store.change(application, after, {
      action: 'transition',
      // The step itself is in `events`; the audit entry lists the fields it set.
      ignore: ['events'],
      summary: `${label}（${application.status} → ${after.status}）`
    })
    return { record: after, warnings: result.warnings }
  }
}
