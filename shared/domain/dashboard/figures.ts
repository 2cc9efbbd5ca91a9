/**
 * The office's figures for a year, module by module — the incubation base, the 公益创投 rounds
 * and their grants, the purchase contracts, the money planned and paid, and the grades of the
 * evaluations finalised. The 年度工作汇总 (shared/pdf/reports/annual-summary-report.ts) prints
 * `annualFigures` and the 工作台 (issue #9 item 3) shows them for today's year, so the two cannot
 * disagree.
 *
 * A record counts in the year its event happened: a stay in the years it was at the base, an
 * 入驻 or 出壳 on its date, a round in its own year with the grants its published list gives, a
 * purchase on its agreement's 签订日期, a tranche planned on its planned date and paid on its
 * 拨付日期, an evaluation on its 定稿 date (China time). Archived records were entered by mistake
 * and never count; a corrected evaluation counts once, as its correction. The 工作台 adds what
 * stands now (`dashboardFigures`): organisations, stays and purchase projects by status.
 */
import type { IsoDate } from '../dates'
import { finalizedOn, type Evaluation } from '../evaluations/evaluation'
import { EVALUATION_GRADES, type EvaluationGrade } from '../evaluations/grade-bands'
import type { ProjectEvaluation } from '../evaluations/project-evaluation'
import {
  INCUBATION_STATUSES,
  type Incubation,
  type IncubationStatus
} from '../incubation/incubation'
import { sumFen, type Fen } from '../money'
import {
  REGISTRATION_STATUSES,
  type Organization,
  type RegistrationStatus
} from '../organizations/organization'
import type { Payment } from '../payments/payment'
import type { Agreement } from '../projects/agreement'
import {
  PROJECT_CHANNELS,
  PROJECT_STATUSES,
  type Project,
  type ProjectChannel,
  type ProjectStatus
} from '../projects/project'
import type { Application } from '../venture/application'
import { publishedFigures } from '../venture/results'
import type { RoundStatus, VentureRound } from '../venture/round'

/** The records a year's figures are counted from; each is read whole, the count picks the year. */
export interface AnnualInput {
  incubations: readonly Pick<
    Incubation,
    'organizationId' | 'status' | 'admittedOn' | 'endedOn' | 'archivedAt'
  >[]
  rounds: readonly Pick<
    VentureRound,
    'id' | 'name' | 'year' | 'status' | 'fundPoolFen' | 'tracks' | 'publicity' | 'archivedAt'
  >[]
  /** The applications of the year's rounds (at least), for their published awards. */
  applications: readonly Pick<Application, 'roundId' | 'track' | 'award' | 'archivedAt'>[]
  projects: readonly Pick<Project, 'id' | 'channel' | 'archivedAt'>[]
  agreements: readonly Pick<
    Agreement,
    'projectId' | 'status' | 'signedOn' | 'amountFen' | 'archivedAt'
  >[]
  payments: readonly Pick<Payment, 'projectId' | 'amountFen' | 'dueOn' | 'paidOn' | 'archivedAt'>[]
  /** Incubation evaluations (入驻 / 中期 / 出壳). */
  evaluations: readonly Pick<Evaluation, 'status' | 'grade' | 'finalizedAt' | 'archivedAt'>[]
  projectEvaluations: readonly Pick<
    ProjectEvaluation,
    'status' | 'grade' | 'finalizedAt' | 'supersededById' | 'archivedAt'
  >[]
}

export interface DashboardInput extends AnnualInput {
  organizations: readonly Pick<Organization, 'registrationStatus' | 'archivedAt'>[]
  projects: readonly Pick<Project, 'id' | 'channel' | 'status' | 'archivedAt'>[]
}

export interface RoundFigures {
  id: string
  name: string
  status: RoundStatus
  poolFen: Fen
  /** From the published list; 0 until the results are published. */
  fundedCount: number
  grantedFen: Fen
  published: boolean
}

export interface MonthPayments {
  /** 1–12. */
  month: number
  /** Tranches planned to go out in the month (their planned date). */
  plannedFen: Fen
  /** Tranches paid in the month (their 拨付日期). */
  releasedFen: Fen
}

export interface AnnualFigures {
  year: number
  incubation: {
    /** Organisations at the base at any time in the year (年内在孵). */
    residentInYear: number
    /** Stays admitted in the year (新入驻). */
    admitted: number
    /** Stays that ended 出壳 in the year. */
    graduated: number
    /** Stays that ended 退驻 in the year. */
    exited: number
  }
  venture: {
    /** The year's rounds, in the order given. */
    rounds: RoundFigures[]
    poolFen: Fen
    fundedCount: number
    grantedFen: Fen
  }
  contracts: {
    /** 政府购买服务 agreements signed in the year, and their amount. */
    signedCount: number
    signedFen: Fen
  }
  payments: {
    plannedFen: Fen
    releasedFen: Fen
    /** How many tranches were paid in the year. */
    releasedCount: number
    /** The money paid in the year, by the channel of the project it went to. */
    releasedByChannel: Record<ProjectChannel, Fen>
    byMonth: MonthPayments[]
  }
  evaluations: {
    incubation: Record<EvaluationGrade, number>
    project: Record<EvaluationGrade, number>
    total: number
  }
}

export interface DashboardFigures extends AnnualFigures {
  organizations: {
    /** In use (not archived), whatever their status. */
    total: number
    byStatus: Record<RegistrationStatus, number>
  }
  incubation: AnnualFigures['incubation'] & {
    /** Stays by status now. */
    byStatus: Record<IncubationStatus, number>
  }
  contracts: AnnualFigures['contracts'] & {
    /** 政府购买服务 projects by status now. */
    byStatus: Record<ProjectStatus, number>
  }
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
  for (const value of values) counts[value] += 1
  return counts
}

const live = <T extends { archivedAt: string | null }>(row: T) => row.archivedAt === null

const amountOf = (rows: readonly { amountFen: Fen }[]) => sumFen(rows.map((row) => row.amountFen))

/** The figures of `year`, from records read whole. */
export function annualFigures(input: AnnualInput, year: number): AnnualFigures {
  const within = (date: IsoDate | null): date is IsoDate =>
    date !== null && date.slice(0, 4) === String(year)

  const stays = input.incubations.filter(live)
  const residentInYear = new Set(
    stays
      .filter(
        (stay) =>
          stay.admittedOn !== null &&
          stay.admittedOn <= `${year}-12-31` &&
          (stay.endedOn === null || stay.endedOn >= `${year}-01-01`)
      )
      .map((stay) => stay.organizationId)
  ).size

  const rounds = input.rounds
    .filter((round) => live(round) && round.year === year)
    .map((round): RoundFigures => {
      const figures = publishedFigures(
        input.applications.filter((application) => application.roundId === round.id),
        round.tracks
      )
      return {
        id: round.id,
        name: round.name,
        status: round.status,
        poolFen: round.fundPoolFen,
        fundedCount: figures.fundedCount,
        grantedFen: figures.grantedFen,
        published: round.publicity !== null
      }
    })

  const channelOf = new Map(
    input.projects.filter(live).map((project) => [project.id, project.channel])
  )
  const signed = input.agreements.filter(
    (agreement) =>
      live(agreement) &&
      agreement.status === '已签订' &&
      within(agreement.signedOn) &&
      channelOf.get(agreement.projectId) === '政府购买服务'
  )

  const tranches = input.payments.filter(
    (payment) => live(payment) && channelOf.has(payment.projectId)
  )
  const planned = tranches.filter((payment) => within(payment.dueOn))
  const paid = tranches.filter((payment) => within(payment.paidOn))
  const inMonth = (date: IsoDate | null, month: number) => Number(date!.slice(5, 7)) === month

  const finalised = <T extends { status: string; finalizedAt: string | null }>(
    rows: readonly T[]
  ) =>
    rows.filter(
      (row) =>
        row.status === '定稿' && row.finalizedAt !== null && within(finalizedOn(row.finalizedAt))
    )
  const gradesOf = (rows: readonly { grade: EvaluationGrade | null }[]) =>
    countBy(
      EVALUATION_GRADES,
      rows.flatMap((row) => (row.grade === null ? [] : [row.grade]))
    )
  const incubationGrades = gradesOf(finalised(input.evaluations.filter(live)))
  const projectGrades = gradesOf(
    finalised(input.projectEvaluations.filter((row) => live(row) && row.supersededById === null))
  )

  return {
    year,
    incubation: {
      residentInYear,
      admitted: stays.filter((stay) => within(stay.admittedOn)).length,
      graduated: stays.filter((stay) => stay.status === '出壳' && within(stay.endedOn)).length,
      exited: stays.filter((stay) => stay.status === '退驻' && within(stay.endedOn)).length
    },
    venture: {
      rounds,
      poolFen: sumFen(rounds.map((round) => round.poolFen)),
      fundedCount: rounds.reduce((sum, round) => sum + round.fundedCount, 0),
      grantedFen: sumFen(rounds.map((round) => round.grantedFen))
    },
    contracts: { signedCount: signed.length, signedFen: amountOf(signed) },
    payments: {
      plannedFen: amountOf(planned),
      releasedFen: amountOf(paid),
      releasedCount: paid.length,
      releasedByChannel: Object.fromEntries(
        PROJECT_CHANNELS.map((channel) => [
          channel,
          amountOf(paid.filter((payment) => channelOf.get(payment.projectId) === channel))
        ])
      ) as Record<ProjectChannel, Fen>,
      byMonth: Array.from({ length: 12 }, (_, index) => ({
        month: index + 1,
        plannedFen: amountOf(planned.filter((payment) => inMonth(payment.dueOn, index + 1))),
        releasedFen: amountOf(paid.filter((payment) => inMonth(payment.paidOn, index + 1)))
      }))
    },
    evaluations: {
      incubation: incubationGrades,
      project: projectGrades,
      total: EVALUATION_GRADES.reduce(
        (sum, grade) => sum + incubationGrades[grade] + projectGrades[grade],
        0
      )
    }
  }
}

/** The figures of `today`'s year, and beside them what stands as of `today`. */
export function dashboardFigures(input: DashboardInput, today: IsoDate): DashboardFigures {
  const year = annualFigures(input, Number(today.slice(0, 4)))
  const organizations = input.organizations.filter(live)
  return {
    ...year,
    organizations: {
      total: organizations.length,
      byStatus: countBy(
        REGISTRATION_STATUSES,
        organizations.map((org) => org.registrationStatus)
      )
    },
    incubation: {
      ...year.incubation,
      byStatus: countBy(
        INCUBATION_STATUSES,
        input.incubations.filter(live).map((stay) => stay.status)
      )
    },
    contracts: {
      ...year.contracts,
      byStatus: countBy(
        PROJECT_STATUSES,
        input.projects
          .filter((project) => live(project) && project.channel === '政府购买服务')
          .map((project) => project.status)
      )
    }
  }
}
