/**
 * No full ID number or phone in any PDF report built from the demo data unless showing them in
 * full was confirmed (issue #10, personal data). Every report of every kind the demo data allows
 * is built through the same requests the screens use (report-requests.ts) and its words are
 * searched; one report of each kind is also rendered and read back with pdftotext and pdfinfo,
 * masked and revealed — the revealed file must show the phone, or the search would prove nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest'
import type { ReportContext, ReportDocument } from '@shared/pdf/report-model'
import { REPORT_KINDS, type ReportKind } from '@shared/pdf/report-kinds'
import { renderReport } from '@shared/pdf/render-report'
import type { ShelianDatabase } from '@renderer/db/schema'
import type { ReportRequest } from '@renderer/features/reports/export-report'
import {
  annualSummaryReport,
  closingReport,
  incubationEvaluationReport,
  mutualEvaluationReport,
  projectEvaluationReport,
  publicityListReport,
  reviewResultsReport
} from '@renderer/features/reports/report-requests'
import { bundledFonts } from '../../shared/helpers/bundled-fonts'
import { pdfInfo, pdfText } from '../../shared/helpers/pdf-tools'
import { NOW } from '../db/helpers'
import { demoDatabase, personalDataIn, personalValuesIn, type PersonalData } from './personal-data'

const YEAR = NOW.getUTCFullYear()

function context(kind: ReportKind, revealPersonalData: boolean): ReportContext {
  return {
    number: `${REPORT_KINDS[kind].prefix}-${YEAR}-0001`,
    date: '2026-11-22',
    office: '鼓楼区军门社区孵化基地',
    operator: '张晓梅',
    revealPersonalData
  }
}

/** Every report the demo data offers, by kind: each record a screen offers it on. */
async function everyRequest(db: ShelianDatabase): Promise<ReportRequest[]> {
  const [evaluations, projectEvaluations, mutualEvaluations, rounds, projects] = await Promise.all([
    db.evaluations.toArray(),
    db.projectEvaluations.toArray(),
    db.mutualEvaluations.toArray(),
    db.ventureRounds.toArray(),
    db.projects.toArray()
  ])
  return [
    ...evaluations.map((record) => incubationEvaluationReport(db, record.id)),
    ...projectEvaluations.map((record) => projectEvaluationReport(db, record.id)),
    ...mutualEvaluations.map((record) => mutualEvaluationReport(db, record.id)),
    ...rounds.flatMap((round) => [
      reviewResultsReport(db, round.id),
      publicityListReport(db, round.id)
    ]),
    ...projects.map((project) => closingReport(db, project.id)),
    ...[YEAR - 1, YEAR, YEAR + 1].map((year) => annualSummaryReport(db, year))
  ]
}

/** All the words of a report — meta (the PDF's properties), parties, headings, cells — one a line. */
function wordsOf(report: ReportDocument): string {
  const words: string[] = []
  const walk = (value: unknown): void => {
    if (typeof value === 'string') words.push(value)
    else if (Array.isArray(value)) value.forEach(walk)
    else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk)
  }
  walk(report)
  return words.join('\n')
}

interface Built {
  kind: ReportKind
  masked: ReportDocument
  revealed: ReportDocument
  /** Personal values the revealed report prints (what masking must hide). */
  revealedValues: string[]
}

/** What a rendered file says: pdftotext's text and pdfinfo's properties. */
function fileText(report: ReportDocument): string {
  const bytes = renderReport(report, bundledFonts())
  return `${pdfText(bytes)}\n${Object.values(pdfInfo(bytes)).join('\n')}`
}

describe('PDF reports from the demo data', () => {
  let personal: PersonalData
  const built: Built[] = []
  /** Requests whose records do not support that report (e.g. a 结项报告 of a running project). */
  let refused = 0

  beforeAll(async () => {
    const db = await demoDatabase()
    personal = await personalDataIn(db)
    for (const request of await everyRequest(db)) {
      let masked: ReportDocument
      try {
        masked = await request.build(context(request.kind, false))
      } catch {
        refused += 1
        continue
      }
      const revealed = await request.build(context(request.kind, true))
      built.push({
        kind: request.kind,
        masked,
        revealed,
        revealedValues: personalValuesIn(wordsOf(revealed), personal)
      })
    }
  }, 60_000)

  it('has personal data to look for, and a report of every kind to look in', () => {
    expect(personal.idNumbers.size).toBeGreaterThan(100)
    expect(personal.phones.size).toBeGreaterThan(300)
    expect(new Set(built.map((report) => report.kind))).toEqual(new Set(Object.keys(REPORT_KINDS)))
    expect(built.length).toBeGreaterThan(refused)
  })

  it('prints no full ID number or phone in any report unless revealing was confirmed', () => {
    const leaks = built
      .map((report) => ({
        kind: report.kind,
        subject: report.masked.meta.subject,
        leaked: personalValuesIn(wordsOf(report.masked), personal)
      }))
      .filter((report) => report.leaked.length > 0)
    expect(leaks).toEqual([])
  })

  it('prints the phones in full once revealing was confirmed, so the search above can fail', () => {
    const revealing = built.filter((report) => report.revealedValues.length > 0)
    expect(new Set(revealing.map((report) => report.kind))).toEqual(
      new Set(['incubationEvaluation', 'projectEvaluation', 'mutualEvaluation', 'closingReport'])
    )
  })

  it('keeps the rendered files of each kind masked, and the revealed files readable in full', () => {
    const kinds = Object.keys(REPORT_KINDS) as ReportKind[]
    for (const kind of kinds) {
      // The report of this kind with the most personal data, so masking has the most to hide.
      const report = built
        .filter((candidate) => candidate.kind === kind)
        .sort((a, b) => b.revealedValues.length - a.revealedValues.length)[0]!
      expect(personalValuesIn(fileText(report.masked), personal), kind).toEqual([])
      if (report.revealedValues.length > 0) {
        expect(personalValuesIn(fileText(report.revealed), personal), kind).toEqual(
          report.revealedValues
        )
      }
    }
  }, 60_000)
})
