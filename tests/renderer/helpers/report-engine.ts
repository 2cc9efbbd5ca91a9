/**
 * A ReportEngine that runs shared/pdf in the test's own thread with the bundled fonts read from
 * node_modules — the worker's work without the worker, which happy-dom does not have.
 */
import { missingCharacters } from '@shared/pdf/glyph-check'
import { renderReport } from '@shared/pdf/render-report'
import type { ReportEngine } from '@renderer/features/reports/report-engine'
import { bundledFonts } from '../../shared/helpers/bundled-fonts'

export function inProcessEngine(): ReportEngine {
  return {
    check: async (report) => missingCharacters(report, bundledFonts()),
    render: async (report) => renderReport(report, bundledFonts())
  }
}
