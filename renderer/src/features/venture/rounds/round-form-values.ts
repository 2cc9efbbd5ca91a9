/**
 * Between the round form and the shared rule: the form keeps money as the 元 text the user
 * typed, under the draft's own field names, so every issue `checkRound` reports by its dotted
 * path lands on the input it is about.
 */
import type { FieldIssue } from '@shared/domain/check'
import type { IsoDate } from '@shared/domain/dates'
import type { RatingGrade } from '@shared/domain/organizations/organization'
import type { BudgetCategory } from '@shared/domain/venture/budget'
import {
  TIMELINE_STEPS,
  type RoundDraft,
  type RoundFields,
  type TimelineStep
} from '@shared/domain/venture/round'
import type { AggregationMethod } from '@shared/domain/venture/scoring'
import { readAmount, yuanInput } from '@renderer/components/amount-text'
import type { FieldName } from '@renderer/components/form-issues'
import type { TrancheFormValues } from '@renderer/components/tranches-field'
import { ROUND_STRINGS as S } from './strings'

export interface RoundFormValues {
  year: number | null
  name: string
  /** 元, as typed. */
  fundPoolFen: string
  /** `budgetFen` in 元 as typed; empty: the track shares the pool. */
  tracks: { key: string; name: string; budgetFen: string }[]
  budgetRules: {
    /** 元, as typed. */
    perProjectCapFen: string
    maxGrantSharePercent: number | null
    minMatchingSharePercent: number | null
    categoryCaps: { category: BudgetCategory | null; maxSharePercent: number | null }[]
  }
  eligibility: {
    allowFiled: boolean
    noFailedEvaluationYears: number | null
    minRating: RatingGrade | null
    onePerOrganizationPerTrack: boolean
  }
  criteria: { key: string; name: string; weight: number | null }[]
  aggregation: AggregationMethod
  timeline: Record<TimelineStep, IsoDate | null>
  tranches: TrancheFormValues[]
}

/** A pool of 0 is "not typed yet": newRoundDraft needs a number, the user a blank input. */
export function toFormValues(round: RoundFields): RoundFormValues {
  return {
    year: round.year,
    name: round.name,
    fundPoolFen: round.fundPoolFen > 0 ? yuanInput(round.fundPoolFen) : '',
    tracks: round.tracks.map((track) => ({
      key: track.key,
      name: track.name,
      budgetFen: yuanInput(track.budgetFen)
    })),
    budgetRules: {
      perProjectCapFen: yuanInput(round.budgetRules.perProjectCapFen),
      maxGrantSharePercent: round.budgetRules.maxGrantSharePercent,
      minMatchingSharePercent: round.budgetRules.minMatchingSharePercent,
      categoryCaps: round.budgetRules.categoryCaps.map((cap) => ({ ...cap }))
    },
    eligibility: { ...round.eligibility },
    criteria: round.criteria.map((criterion) => ({ ...criterion })),
    aggregation: round.aggregation,
    timeline: { ...round.timeline },
    tranches: round.tranches.map((tranche) => ({ ...tranche }))
  }
}

export type DraftResult = { ok: true; draft: RoundDraft } | { ok: false; issues: FieldIssue[] }

/**
 * The draft the repository checks. Amounts that are not amounts are refused here, at their
 * fields, before anything is sent; every other rule is left to `checkRound`.
 */
export function toDraft(values: RoundFormValues): DraftResult {
  const issues: FieldIssue[] = []
  const amount = (text: string | undefined, field: string, label: string | null) =>
    readAmount(text, field, issues, label === null ? null : S.amountRequired(label))
  const number = (value: number | null | undefined) => value ?? undefined

  const draft = {
    year: number(values.year),
    name: values.name ?? '',
    fundPoolFen: amount(values.fundPoolFen, 'fundPoolFen', '资金池') ?? undefined,
    tracks: (values.tracks ?? []).map((track, index) => ({
      key: track.key,
      name: track.name ?? '',
      budgetFen: amount(track.budgetFen, `tracks.${index}.budgetFen`, null)
    })),
    eligibility: {
      allowFiled: values.eligibility.allowFiled,
      noFailedEvaluationYears: number(values.eligibility.noFailedEvaluationYears),
      minRating: values.eligibility.minRating ?? null,
      onePerOrganizationPerTrack: values.eligibility.onePerOrganizationPerTrack
    },
    budgetRules: {
      perProjectCapFen:
        amount(
          values.budgetRules.perProjectCapFen,
          'budgetRules.perProjectCapFen',
          '单个项目上限'
        ) ?? undefined,
      maxGrantSharePercent: number(values.budgetRules.maxGrantSharePercent),
      minMatchingSharePercent: values.budgetRules.minMatchingSharePercent ?? null,
      categoryCaps: (values.budgetRules.categoryCaps ?? []).map((cap) => ({
        category: cap.category ?? undefined,
        maxSharePercent: number(cap.maxSharePercent)
      }))
    },
    criteria: (values.criteria ?? []).map((criterion) => ({
      key: criterion.key,
      name: criterion.name ?? '',
      weight: number(criterion.weight)
    })),
    aggregation: values.aggregation,
    timeline: Object.fromEntries(
      TIMELINE_STEPS.map(([step]) => [step, values.timeline[step] ?? ''])
    ) as Record<TimelineStep, IsoDate>,
    tranches: (values.tranches ?? []).map((tranche) => ({
      percent: number(tranche.percent),
      gate: tranche.gate
    }))
  }
  // The schema reports missing numbers in its own words; the cast only widens them to unknown.
  return issues.length > 0 ? { ok: false, issues } : { ok: true, draft: draft as RoundDraft }
}

/** The running total the criteria editor shows while typing. */
export function weightTotal(criteria: RoundFormValues['criteria'] | undefined): number {
  return (criteria ?? []).reduce((sum, criterion) => sum + (criterion?.weight ?? 0), 0)
}

/** The first `prefix-N` not taken, so a new track or criterion keeps its key when renamed. */
export function newKey(prefix: string, taken: readonly string[]): string {
  let n = 1
  while (taken.includes(`${prefix}-${n}`)) n += 1
  return `${prefix}-${n}`
}

/** Form inputs by dotted path, numbers as `N`; the lists themselves show list-wide issues. */
const FORM_FIELDS = new Set([
  'year',
  'name',
  'fundPoolFen',
  'tracks',
  'tracks.N.name',
  'tracks.N.budgetFen',
  'budgetRules.perProjectCapFen',
  'budgetRules.maxGrantSharePercent',
  'budgetRules.minMatchingSharePercent',
  'budgetRules.categoryCaps',
  'budgetRules.categoryCaps.N.category',
  'budgetRules.categoryCaps.N.maxSharePercent',
  'eligibility.allowFiled',
  'eligibility.noFailedEvaluationYears',
  'eligibility.minRating',
  'eligibility.onePerOrganizationPerTrack',
  'criteria',
  'criteria.N.name',
  'criteria.N.weight',
  'aggregation',
  ...TIMELINE_STEPS.map(([step]) => `timeline.${step}`),
  'tranches',
  'tranches.N.percent',
  'tranches.N.gate'
])

/**
 * The input an issue is shown at: the field its path names, or the nearest enclosing one (an
 * issue about a track's hidden key goes to the tracks list); null for issues about the round
 * as a whole, which go above the form.
 */
export function roundFieldFor(path: string): FieldName | null {
  const parts = path.split('.').filter((part) => part !== '')
  while (parts.length > 0) {
    const pattern = parts.map((part) => (/^\d+$/.test(part) ? 'N' : part)).join('.')
    if (FORM_FIELDS.has(pattern)) {
      return parts.map((part) => (/^\d+$/.test(part) ? Number(part) : part))
    }
    parts.pop()
  }
  return null
}
