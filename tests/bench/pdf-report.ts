/**
 * Figure 6: a 4-page 绩效评估报告 drawn by the report engine (shared/pdf) with both Noto Sans SC
 * fonts already loaded, as in the app's worker after its first report. Measured in the bench's
 * Node process: the engine is plain JavaScript, and V8 runs it the same way in the worker.
 * Baseline: the same content through jsPDF and jspdf-autotable as they come — no compression, no
 * line breaker, no subset tags — the "unoptimised" document issue #8 compares against.
 */
import { jsPDF } from 'jspdf'
import { autoTable } from 'jspdf-autotable'
import { renderReport } from '@shared/pdf/render-report'
import { sampleReport } from '../shared/pdf/report-fixture'
import { bundledFonts } from '../shared/helpers/bundled-fonts'
import type { Figure } from './report'

const RUNS = 7

function unoptimised(report: ReturnType<typeof sampleReport>): Uint8Array {
  const fonts = bundledFonts()
  const doc = new jsPDF({ unit: 'mm', format: 'a4' })
  doc.addFileToVFS('r.ttf', fonts.binary.regular)
  doc.addFont('r.ttf', 'NotoSansSC', 'normal')
  doc.addFileToVFS('b.ttf', fonts.binary.bold)
  doc.addFont('b.ttf', 'NotoSansSC', 'bold')
  doc.setFont('NotoSansSC', 'bold')
  doc.setFontSize(22)
  doc.text(report.meta.title, 105, 40, { align: 'center' })
  doc.setFont('NotoSansSC', 'normal')
  const table = report.blocks.find((block) => block.kind === 'table')!
  autoTable(doc, {
    startY: 60,
    head: [table.columns.map((column) => column.header)],
    body: table.rows.map((row) => [...row]),
    styles: { font: 'NotoSansSC' },
    headStyles: { font: 'NotoSansSC', fontStyle: 'bold' }
  })
  return new Uint8Array(doc.output('arraybuffer'))
}

export function measurePdfReport(): Figure {
  const fonts = bundledFonts()
  const report = sampleReport({ draft: false }, 48)
  renderReport(report, fonts)
  const samples: number[] = []
  let bytes = 0
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now()
    bytes = renderReport(report, fonts).byteLength
    samples.push(performance.now() - started)
  }
  unoptimised(report)
  const baselineSamples: number[] = []
  let baselineBytes = 0
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now()
    baselineBytes = unoptimised(report).byteLength
    baselineSamples.push(performance.now() - started)
  }
  return {
    id: 'pdf-report',
    label: `6 PDF 绩效评估报告, 4 pages (${Math.round(bytes / 1024)} KB)`,
    samples,
    baselineLabel: `jsPDF as it comes (${Math.round(baselineBytes / 1024)} KB)`,
    baselineSamples,
    target: 1000,
    details: { bytes, baselineBytes, pages: 4 }
  }
}
