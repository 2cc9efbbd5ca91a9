/**
 * 工作台 figures (issue #9 item 3): the office's year so far, module by module — the registry by
 * status, the incubation base, the 公益创投 rounds and their grants, the purchase contracts, the
 * money planned and paid, and the grades of the evaluations finalised.
 *
 * The year's figures count as the 年度工作汇总 counts them (shared/pdf/reports/
 * annual-summary-report.ts), so the 工作台 and the report printed from it agree: a record counts
 * in the year its event happened — a stay in the years it was at the base, an 入驻 or 出壳 on its
 * date, a round in its own year with the grants its published list gives, a purchase on its
 * agreement's 签订日期, a tranche on its 拨付日期, an evaluation on its 定稿 date (China time).
 * Beside them, what stands now: organisations, stays and purchase projects by status, and the
 * tranches planned in the year (by their planned date). Archived records were entered by mistake
 * and never count; a corrected evaluation counts once, as its correction.
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
import { PROJECT_STATUSES, type Project, type ProjectStatus } from '../projects/project'
import type { Application } from '../venture/application'
import { publishedFigures } from '../venture/results'
import type { RoundStatus, VentureRound } from '../venture/round'

export interface DashboardInput {
  organizations: readonly Pick<Organization, 'registrationStatus' | 'archivedAt'>[]
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
  projects: readonly Pick<Project, 'id' | 'channel' | 'status' | 'archivedAt'>[]
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

export interface DashboardFigures {
  year: number
  organizations: {
    /** In use (not archived), whatever their status. */
    total: number
    byStatus: Record<RegistrationStatus, number>
  }
  incubation: {
    /** Stays by status now. */
    byStatus: Record<IncubationStatus, number>
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
    /** 政府购买服务 projects by status now. */
    byStatus: Record<ProjectStatus, number>
  }
  payments: {
    plannedFen: Fen
    releasedFen: Fen
    /** How many tranches were paid in the year. */
    releasedCount: number
    byMonth: MonthPayments[]
  }
  evaluations: {
    incubation: Record<EvaluationGrade, number>
    project: Record<EvaluationGrade, number>
    total: number
  }
}

function countBy<K extends string>(keys: readonly K[], values: readonly K[]): Record<K, number> {
  const counts = Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>
  for (const value of values) counts[value] += 1
  return counts
}

const live = <T extends { archivedAt: string | null }>(row: T) => row.archivedAt === null

/** The figures of `today`'s year, as of `today`. */
export function dashboardFigures(input: DashboardInput, today: IsoDate): DashboardFigures {
  const year = Number(today.slice(0, 4))
  const within = (date: IsoDate | null): date is IsoDate =>
    date !== null && date.slice(0, 4) === String(year)

  const organizations = input.organizations.filter(live)

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

  const projects = input.projects.filter(live)
  const channelOf = new Map(projects.map((project) => [project.id, project.channel]))
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
  const amountOf = (rows: readonly { amountFen: Fen }[]) => sumFen(rows.map((row) => row.amountFen))
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
    organizations: {
      total: organizations.length,
      byStatus: countBy(
        REGISTRATION_STATUSES,
        organizations.map((org) => org.registrationStatus)
      )
    },
    incubation: {
      byStatus: countBy(
        INCUBATION_STATUSES,
        stays.map((stay) => stay.status)
      ),
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
    contracts: {
      signedCount: signed.length,
      signedFen: amountOf(signed),
      byStatus: countBy(
        PROJECT_STATUSES,
        projects
          .filter((project) => project.channel === '政府购买服务')
          .map((project) => project.status)
      )
    },
    payments: {
      plannedFen: amountOf(planned),
      releasedFen: amountOf(paid),
      releasedCount: paid.length,
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
