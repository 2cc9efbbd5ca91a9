/**
 * The reports each screen offers, as ReportRequests: which source reads the records and which
 * builder turns them into the report. Screens only name the record; this is the one place that
 * knows how each report is put together.
 */
import { buildAnnualSummaryReport } from '@shared/pdf/reports/annual-summary-report'
import { buildClosingReport } from '@shared/pdf/reports/closing-report'
import { buildIncubationEvaluationReport } from '@shared/pdf/reports/incubation-evaluation-report'
import { buildMutualEvaluationReport } from '@shared/pdf/reports/mutual-evaluation-report'
import { buildProjectEvaluationReport } from '@shared/pdf/reports/project-evaluation-report'
import { buildPublicityListReport } from '@shared/pdf/reports/publicity-list-report'
import { buildReviewResultsReport } from '@shared/pdf/reports/review-results-report'
import type { ShelianDatabase } from '@renderer/db/schema'
import type { ReportRequest } from './export-report'
import { loadAnnualSummaryReportInput } from './sources/annual-summary-source'
import { loadClosingReportInput } from './sources/closing-report-source'
import { loadIncubationEvaluationReportInput } from './sources/incubation-evaluation-source'
import { loadMutualEvaluationReportInput } from './sources/mutual-evaluation-source'
import { loadProjectEvaluationReportInput } from './sources/project-evaluation-source'
import { loadRoundResultsReportInput } from './sources/round-results-source'

/** 入驻 / 中期 / 出壳评估报告 of an incubation 能力评估. */
export function incubationEvaluationReport(
  db: ShelianDatabase,
  evaluationId: string
): ReportRequest {
  return {
    kind: 'incubationEvaluation',
    personalData: true,
    build: async (context) =>
      buildIncubationEvaluationReport(
        await loadIncubationEvaluationReportInput(db, evaluationId),
        context
      )
  }
}

/** 公益创投 中期 / 末期 or 购买服务 绩效评估报告 of a project evaluation. */
export function projectEvaluationReport(db: ShelianDatabase, evaluationId: string): ReportRequest {
  return {
    kind: 'projectEvaluation',
    personalData: true,
    build: async (context) =>
      buildProjectEvaluationReport(
        await loadProjectEvaluationReportInput(db, evaluationId),
        context
      )
  }
}

/** 双向评估报告: both sides' sheets side by side. */
export function mutualEvaluationReport(db: ShelianDatabase, evaluationId: string): ReportRequest {
  return {
    kind: 'mutualEvaluation',
    build: async (context) =>
      buildMutualEvaluationReport(await loadMutualEvaluationReportInput(db, evaluationId), context)
  }
}

/** A 公益创投 round's 评审结果. */
export function reviewResultsReport(db: ShelianDatabase, roundId: string): ReportRequest {
  return {
    kind: 'reviewResults',
    build: async (context) =>
      buildReviewResultsReport(await loadRoundResultsReportInput(db, roundId), context)
  }
}

/** A 公益创投 round's 公示名单. */
export function publicityListReport(db: ShelianDatabase, roundId: string): ReportRequest {
  return {
    kind: 'publicityList',
    build: async (context) =>
      buildPublicityListReport(await loadRoundResultsReportInput(db, roundId), context)
  }
}

/** A project's 结项报告. */
export function closingReport(db: ShelianDatabase, projectId: string): ReportRequest {
  return {
    kind: 'closingReport',
    personalData: true,
    build: async (context) =>
      buildClosingReport(await loadClosingReportInput(db, projectId), context)
  }
}

/** The office's 年度工作汇总 for one year. */
export function annualSummaryReport(db: ShelianDatabase, year: number): ReportRequest {
  return {
    kind: 'annualSummary',
    subject: `${year}年度`,
    build: async (context) =>
      buildAnnualSummaryReport(await loadAnnualSummaryReportInput(db, year), context)
  }
}
