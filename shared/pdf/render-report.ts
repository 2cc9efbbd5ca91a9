/**
 * Draws a `ReportDocument` on A4 with jsPDF and jspdf-autotable, and returns the PDF bytes.
 *
 * Layout after GB/T 9704-2012 where it suits an evaluation report (domain-cn.md §9.5): top margin
 * 37 mm, binding margin 28 mm, a 156 × 225 mm text block; title centred in bold; body paragraphs
 * indented two characters; 成文日期 right-aligned four characters in from the edge under the seal;
 * page numbers under the text block. Body text is 四号 (14 pt) rather than the 公文's 三号 so an
 * indicator table stays readable on one page width; tables are 五号 (10.5 pt).
 *
 * Every line of text goes through `drawText`, which splits it into runs by font (Noto Sans SC, the
 * user's fallback font, or `□` for a character no font has) and measures it the same way the line
 * breaker does, so what is measured is what is drawn.
 */
import { jsPDF } from 'jspdf'
import { autoTable, type CellHookData } from 'jspdf-autotable'
import { formatChineseDate } from '../domain/dates'
import { EMBED_MARK, installFontWriter, type EmbedInfo } from './embed-font'
import { fontRoleFor, MISSING_GLYPH_MARK, type ReportFonts } from './report-fonts'
import type { ColumnAlign, ReportBlock, ReportDocument, ReportField } from './report-model'
import { wrapCjk } from './wrap-cjk'

const PAGE = { width: 210, height: 297 }
const MARGIN = { top: 37, left: 28, right: 26, bottom: 35 }
const TEXT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right
const TEXT_BOTTOM = PAGE.height - MARGIN.bottom

const PT = 25.4 / 72
const SIZE = {
  title: 22,
  subtitle: 15,
  heading1: 16,
  heading2: 14,
  body: 14,
  table: 10.5,
  small: 9
}
/** Line pitch as a multiple of the font size (GB/T 9704: one character + 7/8 of one). */
const LINE_PITCH = 1.75

const MAIN = 'NotoSansSC'
const FALLBACK = 'SheLianFallback'

type Weight = 'normal' | 'bold'

interface Run {
  family: string
  weight: Weight
  text: string
}

interface JsPdfFont {
  metadata: {
    cmap: { unicode: { codeMap: Record<number, number> } }
    characterToGlyph(code: number): number
    widthOfGlyph(glyph: number): number
  }
  [EMBED_MARK]?: EmbedInfo
}

/** One jsPDF document with our fonts registered, and the text primitives built on them. */
class Typesetter {
  readonly doc: jsPDF
  private readonly fonts: ReportFonts
  private readonly widthCache = new Map<string, number>()
  private nextPrivateUse = 0xe000

  constructor(fonts: ReportFonts, meta: ReportDocument['meta']) {
    installFontWriter()
    this.fonts = fonts
    this.doc = new jsPDF({ unit: 'mm', format: 'a4', compress: true, putOnlyUsedFonts: true })
    this.register(
      'NotoSansSC-Regular.ttf',
      MAIN,
      'normal',
      fonts.binary.regular,
      'NotoSansSC-Regular'
    )
    this.register('NotoSansSC-Bold.ttf', MAIN, 'bold', fonts.binary.bold, 'NotoSansSC-Bold')
    if (fonts.binary.fallback !== null) {
      this.register('fallback.ttf', FALLBACK, 'normal', fonts.binary.fallback, 'SheLianFallback')
    }
    this.doc.setProperties({
      title: meta.title,
      subject: meta.subject,
      author: meta.office,
      keywords: (meta.keywords ?? []).join(' '),
      creator: '社联台'
    })
    this.doc.setLanguage('zh-CN')
    this.doc.setFont(MAIN, 'normal')
  }

  private register(file: string, family: string, weight: Weight, binary: string, name: string) {
    this.doc.addFileToVFS(file, binary)
    this.doc.addFont(file, family, weight, undefined, 'Identity-H')
    const font = this.font(family, weight)
    font[EMBED_MARK] = { baseName: name, astral: new Map() }
  }

  private font(family: string, weight: Weight): JsPdfFont {
    const internal = this.doc.internal as unknown as { getFont(f: string, s: string): JsPdfFont }
    return internal.getFont(family, weight)
  }

  /**
   * The code unit jsPDF is given for a character: the character itself in the BMP, or a private
   * use stand-in mapped to the font's glyph for characters beyond it (jsPDF reads only 16-bit
   * cmaps; the embed writer maps the stand-in back to the real character for copy and search).
   */
  private unitFor(family: string, weight: Weight, char: string): string {
    const code = char.codePointAt(0)!
    if (code <= 0xffff) return char
    const font = this.font(family, weight)
    const info = font[EMBED_MARK]!
    for (const [unit, astral] of info.astral) if (astral === code) return String.fromCharCode(unit)
    const map =
      family === FALLBACK
        ? this.fonts.fallback!
        : weight === 'bold'
          ? this.fonts.bold
          : this.fonts.regular
    const unit = this.nextPrivateUse++
    font.metadata.cmap.unicode.codeMap[unit] = map.get(code)!
    info.astral.set(unit, code)
    return String.fromCharCode(unit)
  }

  /** Splits `text` into runs by the font that draws each character. */
  runs(text: string, weight: Weight): Run[] {
    const runs: Run[] = []
    for (const char of text) {
      const role = fontRoleFor(this.fonts, char.codePointAt(0)!, weight === 'bold')
      const family = role === 'fallback' ? FALLBACK : MAIN
      const runWeight: Weight = role === 'fallback' ? 'normal' : weight
      const drawn = role === 'missing' ? MISSING_GLYPH_MARK : this.unitFor(family, runWeight, char)
      const last = runs[runs.length - 1]
      if (last && last.family === family && last.weight === runWeight) last.text += drawn
      else runs.push({ family, weight: runWeight, text: drawn })
    }
    return runs
  }

  /** Width in mm of `text` at `size` pt. */
  measure(text: string, size: number, weight: Weight): number {
    let width = 0
    for (const run of this.runs(text, weight)) {
      const font = this.font(run.family, run.weight)
      for (let i = 0; i < run.text.length; i++) {
        const key = `${run.family}${run.weight}${run.text[i]}`
        let units = this.widthCache.get(key)
        if (units === undefined) {
          const glyph = font.metadata.characterToGlyph(run.text.charCodeAt(i))
          units = font.metadata.widthOfGlyph(glyph) / 1000
          this.widthCache.set(key, units)
        }
        width += units
      }
    }
    return width * size * PT
  }

  wrap(text: string, width: number, size: number, weight: Weight): string[] {
    return wrapCjk(text, width, (candidate) => this.measure(candidate, size, weight))
  }

  /** Draws one line with its baseline at `y`; `x` is the left, centre or right edge per `align`. */
  text(
    line: string,
    x: number,
    y: number,
    size: number,
    weight: Weight,
    align: ColumnAlign = 'left'
  ) {
    const width = this.measure(line, size, weight)
    let cursor = align === 'left' ? x : align === 'center' ? x - width / 2 : x - width
    this.doc.setFontSize(size)
    for (const run of this.runs(line, weight)) {
      this.doc.setFont(run.family, run.weight)
      this.doc.text(run.text, cursor, y)
      cursor += this.measure(run.text, size, run.weight)
    }
    this.doc.setFont(MAIN, 'normal')
  }
}

/** Where the next block starts on the current page. */
interface Cursor {
  y: number
}

function lineHeight(size: number): number {
  return size * PT * LINE_PITCH
}

/** Starts a new page when `height` does not fit below the cursor. */
function ensureRoom(t: Typesetter, cursor: Cursor, height: number): void {
  if (cursor.y + height > TEXT_BOTTOM) {
    t.doc.addPage()
    cursor.y = MARGIN.top
  }
}

/** Lines of text flowing across pages; `indent` is in characters on the first line. */
function drawLines(
  t: Typesetter,
  cursor: Cursor,
  lines: readonly string[],
  size: number,
  weight: Weight,
  align: ColumnAlign = 'left'
): void {
  const pitch = lineHeight(size)
  const x = align === 'center' ? MARGIN.left + TEXT_WIDTH / 2 : MARGIN.left
  for (const line of lines) {
    ensureRoom(t, cursor, pitch)
    // The baseline sits about 0.8 em below the top of the line box.
    t.text(line, x, cursor.y + size * PT * 1.1, size, weight, align)
    cursor.y += pitch
  }
}

function drawHead(t: Typesetter, cursor: Cursor, report: ReportDocument): void {
  const { meta } = report
  drawLines(
    t,
    cursor,
    t.wrap(meta.title, TEXT_WIDTH, SIZE.title, 'bold'),
    SIZE.title,
    'bold',
    'center'
  )
  if (meta.subtitle) {
    const lines = t.wrap(meta.subtitle, TEXT_WIDTH, SIZE.subtitle, 'normal')
    drawLines(t, cursor, lines, SIZE.subtitle, 'normal', 'center')
  }
  cursor.y += 2
  const small = SIZE.small + 1.5
  t.text(`报告编号：${meta.number}`, MARGIN.left, cursor.y + small * PT, small, 'normal')
  t.text(
    `日期：${formatChineseDate(meta.date)}`,
    MARGIN.left + TEXT_WIDTH,
    cursor.y + small * PT,
    small,
    'normal',
    'right'
  )
  cursor.y += lineHeight(small) * 0.8
  t.doc.setDrawColor(180, 30, 30)
  t.doc.setLineWidth(0.6)
  t.doc.line(MARGIN.left, cursor.y, MARGIN.left + TEXT_WIDTH, cursor.y)
  cursor.y += 5
  if (report.parties.length > 0) {
    for (const party of report.parties) {
      const label = `${party.label}：`
      const labelWidth = t.measure(label, SIZE.body, 'bold')
      const lines = t.wrap(party.value, TEXT_WIDTH - labelWidth, SIZE.body, 'normal')
      lines.forEach((line, index) => {
        ensureRoom(t, cursor, lineHeight(SIZE.body))
        const baseline = cursor.y + SIZE.body * PT * 1.1
        if (index === 0) t.text(label, MARGIN.left, baseline, SIZE.body, 'bold')
        t.text(line, MARGIN.left + labelWidth, baseline, SIZE.body, 'normal')
        cursor.y += lineHeight(SIZE.body)
      })
    }
    cursor.y += 3
  }
}

const TABLE_PADDING = { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 }

/**
 * Column widths in mm: columns with `widthChars` get that many table characters; the others share
 * what is left in proportion to their longest text, so a 序号 column is never squeezed and a
 * 说明 column gets the room (autotable's own sizing fails on space-less Chinese, §6.2).
 */
function columnWidths(
  t: Typesetter,
  headers: readonly string[],
  widthChars: readonly (number | undefined)[],
  rows: readonly (readonly string[])[]
): number[] {
  const padding = TABLE_PADDING.left + TABLE_PADDING.right
  const charWidth = SIZE.table * PT
  // Half a millimetre of slack: an exact fit can measure a hair over and push the last character
  // onto a line of its own.
  const fixed = widthChars.map((chars) =>
    chars === undefined ? null : chars * charWidth + padding + 0.5
  )
  const fixedTotal = fixed.reduce<number>((sum, width) => sum + (width ?? 0), 0)
  const free = Math.max(TEXT_WIDTH - fixedTotal, 0)
  const wants = headers.map((header, column) => {
    if (fixed[column] !== null) return 0
    const longest = Math.max(
      t.measure(header, SIZE.table, 'bold'),
      ...rows.map((row) => t.measure(row[column] ?? '', SIZE.table, 'normal'))
    )
    return Math.max(longest, 4 * charWidth) + padding
  })
  const wantTotal = wants.reduce((sum, want) => sum + want, 0)
  const scale = wantTotal > free ? free / wantTotal : 1
  const widths = fixed.map((width, column) => width ?? wants[column] * scale)
  // Whatever is left over goes to the free columns so the table spans the text block.
  const total = widths.reduce((sum, width) => sum + width, 0)
  const flexible = widths.filter((_, column) => fixed[column] === null).length
  if (total < TEXT_WIDTH && flexible > 0) {
    const extra = (TEXT_WIDTH - total) / flexible
    return widths.map((width, column) => (fixed[column] === null ? width + extra : width))
  }
  return widths
}

interface TableSpec {
  headers: readonly string[]
  widthChars: readonly (number | undefined)[]
  aligns: readonly (ColumnAlign | undefined)[]
  rows: readonly (readonly string[])[]
  foot?: readonly (readonly string[])[]
  /** Bold first column and shaded label cells, for the 基本信息 grid. */
  labelColumns?: readonly number[]
  showHead: boolean
}

function drawTable(t: Typesetter, cursor: Cursor, spec: TableSpec): void {
  const widths = columnWidths(t, spec.headers, spec.widthChars, spec.rows)
  const stashed = new WeakMap<object, string[]>()
  const columnStyles: Record<number, object> = {}
  widths.forEach((width, column) => {
    const label = spec.labelColumns?.includes(column) ?? false
    columnStyles[column] = {
      cellWidth: width,
      halign: spec.aligns[column] ?? 'left',
      fontStyle: label ? 'bold' : 'normal',
      fillColor: label ? [242, 242, 242] : false
    }
  })
  const weightOf = (data: CellHookData): Weight =>
    data.cell.styles.fontStyle === 'bold' ? 'bold' : 'normal'
  ensureRoom(t, cursor, 20)
  autoTable(t.doc, {
    startY: cursor.y,
    margin: { top: MARGIN.top, bottom: MARGIN.bottom, left: MARGIN.left, right: MARGIN.right },
    tableWidth: TEXT_WIDTH,
    head: spec.showHead ? [spec.headers.slice()] : undefined,
    body: spec.rows.map((row) => row.slice()),
    foot: spec.foot?.map((row) => row.slice()),
    theme: 'grid',
    showHead: 'everyPage',
    showFoot: 'lastPage',
    rowPageBreak: 'avoid',
    styles: {
      font: MAIN,
      fontSize: SIZE.table,
      textColor: 20,
      lineColor: 90,
      lineWidth: 0.2,
      cellPadding: TABLE_PADDING,
      valign: 'middle',
      overflow: 'linebreak'
    },
    headStyles: { fontStyle: 'bold', fillColor: [232, 232, 232], textColor: 20, halign: 'center' },
    footStyles: { fontStyle: 'bold', fillColor: [246, 246, 246], textColor: 20 },
    columnStyles,
    didParseCell: (data) => {
      // Our breaker instead of splitTextToSize; run here so autotable sizes rows from our lines.
      const width = widths[data.column.index] - TABLE_PADDING.left - TABLE_PADDING.right
      const raw = Array.isArray(data.cell.raw)
        ? data.cell.raw.join('\n')
        : String(data.cell.raw ?? '')
      data.cell.styles.overflow = () => t.wrap(raw, width, SIZE.table, weightOf(data))
      if (data.section === 'foot')
        data.cell.styles.halign = spec.aligns[data.column.index] ?? 'left'
    },
    willDrawCell: (data) => {
      // A repeated header draws the same cell object again; keep the text from its first draw.
      if (!stashed.has(data.cell)) stashed.set(data.cell, data.cell.text)
      data.cell.text = []
    },
    didDrawCell: (data) => {
      const lines = stashed.get(data.cell) ?? []
      const weight = weightOf(data)
      const pitch = SIZE.table * PT * t.doc.getLineHeightFactor()
      const height = lines.length * pitch
      const top = data.cell.y + (data.cell.height - height) / 2
      const align = (data.cell.styles.halign as ColumnAlign) ?? 'left'
      const x =
        align === 'left'
          ? data.cell.x + TABLE_PADDING.left
          : align === 'right'
            ? data.cell.x + data.cell.width - TABLE_PADDING.right
            : data.cell.x + data.cell.width / 2
      lines.forEach((line, index) => {
        t.text(line, x, top + index * pitch + SIZE.table * PT * 0.88, SIZE.table, weight, align)
      })
    }
  })
  const last = (t.doc as unknown as { lastAutoTable: { finalY: number } }).lastAutoTable
  cursor.y = last.finalY + 5
}

function drawFields(t: Typesetter, cursor: Cursor, fields: readonly ReportField[]): void {
  const rows: string[][] = []
  for (let i = 0; i < fields.length; i += 2) {
    const right = fields[i + 1]
    rows.push([fields[i].label, fields[i].value, right?.label ?? '', right?.value ?? ''])
  }
  // Labels on one line where they can be (承接机构联系电话 is 8), but never more than a third.
  const longest = Math.max(...fields.map((field) => [...field.label].length), 4)
  const labelChars = Math.min(longest, 8)
  drawTable(t, cursor, {
    headers: ['', '', '', ''],
    widthChars: [labelChars, undefined, labelChars, undefined],
    aligns: [],
    rows,
    labelColumns: [0, 2],
    showHead: false
  })
}

function drawBarChart(
  t: Typesetter,
  cursor: Cursor,
  block: Extract<ReportBlock, { kind: 'bar-chart' }>
) {
  const barHeight = 6
  const gap = 3
  const captionHeight = lineHeight(SIZE.body)
  const height = captionHeight + block.bars.length * (barHeight + gap) + 10
  ensureRoom(t, cursor, height)
  t.text(
    `${block.caption}（单位：${block.unit}）`,
    MARGIN.left + TEXT_WIDTH / 2,
    cursor.y + SIZE.body * PT,
    SIZE.body,
    'bold',
    'center'
  )
  cursor.y += captionHeight
  const labelWidth = Math.min(
    Math.max(...block.bars.map((bar) => t.measure(bar.label, SIZE.table, 'normal')), 10) + 3,
    TEXT_WIDTH * 0.35
  )
  const plotLeft = MARGIN.left + labelWidth
  const valueRoom = 22
  const plotWidth = TEXT_WIDTH - labelWidth - valueRoom
  const max = Math.max(...block.bars.map((bar) => bar.value), 0)
  // Every value with as many decimals as the most precise one (13.60 beside 21.15), at most two.
  const decimals = Math.max(
    0,
    ...block.bars.map((bar) => Math.min((String(bar.value).split('.')[1] ?? '').length, 2))
  )
  const top = cursor.y
  block.bars.forEach((bar, index) => {
    const y = top + index * (barHeight + gap)
    const label = t.wrap(bar.label, labelWidth - 3, SIZE.table, 'normal')[0]
    t.text(label, plotLeft - 2, y + barHeight * 0.75, SIZE.table, 'normal', 'right')
    const length = max > 0 ? (bar.value / max) * plotWidth : 0
    t.doc.setFillColor(52, 101, 164)
    if (length > 0) t.doc.rect(plotLeft, y, length, barHeight, 'F')
    t.text(
      `${bar.value.toFixed(decimals)}${block.unit}`,
      plotLeft + length + 2,
      y + barHeight * 0.75,
      SIZE.table,
      'normal'
    )
  })
  const bottom = top + block.bars.length * (barHeight + gap) - gap + 1
  t.doc.setDrawColor(60, 60, 60)
  t.doc.setLineWidth(0.3)
  t.doc.line(plotLeft, top - 1, plotLeft, bottom)
  cursor.y = bottom + 8
}

function drawSignatures(
  t: Typesetter,
  cursor: Cursor,
  block: Extract<ReportBlock, { kind: 'signatures' }>
) {
  const pitch = lineHeight(SIZE.body)
  const rowPitch = pitch * 1.4
  const half = TEXT_WIDTH / 2
  // Two roles a row, unless a name (an evaluation agency with its team) needs a whole line.
  const fitsHalf = block.roles.every(
    (role) => t.measure(`${role.label}：${role.value}`, SIZE.body, 'normal') + 12 <= half
  )
  const perRow = fitsHalf ? 2 : 1
  const column = TEXT_WIDTH / perRow
  const roleLines = block.roles.map((role) => {
    const label = `${role.label}：`
    const labelWidth = t.measure(label, SIZE.body, 'normal')
    const value = role.value
      ? t.wrap(role.value, column - labelWidth - 10, SIZE.body, 'normal')
      : ['']
    return { label, labelWidth, value }
  })
  const rows: (typeof roleLines)[] = []
  for (let i = 0; i < roleLines.length; i += perRow) rows.push(roleLines.slice(i, i + perRow))
  const rowHeights = rows.map((row) => Math.max(...row.map((role) => role.value.length)) * rowPitch)
  const height = 6 + rowHeights.reduce((sum, h) => sum + h, 0) + pitch * 3 + 6
  ensureRoom(t, cursor, height)
  cursor.y += 6
  rows.forEach((row, rowIndex) => {
    row.forEach((role, index) => {
      const x = MARGIN.left + index * column
      role.value.forEach((line, lineIndex) => {
        const y = cursor.y + lineIndex * rowPitch + SIZE.body * PT * 1.1
        if (lineIndex === 0) t.text(role.label, x, y, SIZE.body, 'normal')
        if (line) t.text(line, x + role.labelWidth + 2, y - 0.8, SIZE.body, 'normal')
        t.doc.setDrawColor(40, 40, 40)
        t.doc.setLineWidth(0.3)
        t.doc.line(x + role.labelWidth, y + 1.2, x + column - 8, y + 1.2)
      })
    })
    cursor.y += rowHeights[rowIndex]
  })
  cursor.y += 4
  // 成文日期 sits four characters in from the right edge, the seal text centred above it.
  const dateText = formatChineseDate(block.date)
  const right = MARGIN.left + TEXT_WIDTH - 4 * SIZE.body * PT
  const dateWidth = t.measure(dateText, SIZE.body, 'normal')
  const sealLines = t.wrap(block.seal, TEXT_WIDTH * 0.7, SIZE.body, 'normal')
  // Centred over the date, moved left when a long office name would pass the right margin.
  const widest = Math.max(...sealLines.map((line) => t.measure(line, SIZE.body, 'normal')))
  const centre = Math.min(right - dateWidth / 2, MARGIN.left + TEXT_WIDTH - widest / 2)
  sealLines.forEach((line) => {
    t.text(line, centre, cursor.y + SIZE.body * PT * 1.1, SIZE.body, 'normal', 'center')
    cursor.y += pitch
  })
  t.text(dateText, right, cursor.y + SIZE.body * PT * 1.1, SIZE.body, 'normal', 'right')
  cursor.y += pitch
}

function drawBlock(t: Typesetter, cursor: Cursor, block: ReportBlock): void {
  switch (block.kind) {
    case 'heading': {
      const size = block.level === 1 ? SIZE.heading1 : SIZE.heading2
      // A heading never ends a page: keep room for it and two lines of what follows.
      ensureRoom(t, cursor, lineHeight(size) + 2 * lineHeight(SIZE.body))
      if (block.level === 1) cursor.y += 1.5
      drawLines(t, cursor, t.wrap(block.text, TEXT_WIDTH, size, 'bold'), size, 'bold')
      break
    }
    case 'paragraph': {
      const indent = '\u3000\u3000'
      const lines = t.wrap(indent + block.text, TEXT_WIDTH, SIZE.body, 'normal')
      drawLines(t, cursor, lines, SIZE.body, 'normal')
      cursor.y += 1
      break
    }
    case 'fields':
      drawFields(t, cursor, block.fields)
      break
    case 'table':
      drawTable(t, cursor, {
        headers: block.columns.map((column) => column.header),
        widthChars: block.columns.map((column) => column.widthChars),
        aligns: block.columns.map((column) => column.align),
        rows: block.rows,
        foot: block.foot,
        showHead: true
      })
      break
    case 'bar-chart':
      drawBarChart(t, cursor, block)
      break
    case 'signatures':
      drawSignatures(t, cursor, block)
      break
  }
}

/** 草稿 across the page, light enough to read through, so a draft never passes for the original. */
function drawDraftMark(t: Typesetter): void {
  const doc = t.doc as jsPDF & { GState: new (options: { opacity: number }) => unknown }
  doc.saveGraphicsState()
  doc.setGState(new doc.GState({ opacity: 0.12 }) as never)
  doc.setTextColor(200, 0, 0)
  doc.setFont(MAIN, 'bold')
  doc.setFontSize(120)
  doc.text('草稿', PAGE.width / 2, PAGE.height / 2 + 20, { align: 'center', angle: 35 })
  doc.restoreGraphicsState()
  doc.setTextColor(20, 20, 20)
}

/** Running head (office, number) and 第 X 页 共 Y 页 on every page, and the draft mark. */
function drawPageFurniture(t: Typesetter, report: ReportDocument): void {
  const pages = t.doc.getNumberOfPages()
  for (let page = 1; page <= pages; page++) {
    t.doc.setPage(page)
    t.doc.setTextColor(110, 110, 110)
    const headY = MARGIN.top - 12
    if (report.meta.office) t.text(report.meta.office, MARGIN.left, headY, SIZE.small, 'normal')
    t.text(
      `${report.meta.title} ${report.meta.number}`,
      MARGIN.left + TEXT_WIDTH,
      headY,
      SIZE.small,
      'normal',
      'right'
    )
    t.doc.setDrawColor(190, 190, 190)
    t.doc.setLineWidth(0.2)
    t.doc.line(MARGIN.left, headY + 2, MARGIN.left + TEXT_WIDTH, headY + 2)
    t.text(
      `第 ${page} 页 共 ${pages} 页`,
      PAGE.width / 2,
      TEXT_BOTTOM + 12,
      SIZE.small + 1.5,
      'normal',
      'center'
    )
    t.doc.setTextColor(20, 20, 20)
    if (report.meta.draft) drawDraftMark(t)
  }
}

/** Lays out `report` and returns the PDF file. Pure apart from jsPDF; runs in a worker or Node. */
export function renderReport(report: ReportDocument, fonts: ReportFonts): Uint8Array {
  const t = new Typesetter(fonts, report.meta)
  t.doc.setTextColor(20, 20, 20)
  const cursor: Cursor = { y: MARGIN.top }
  drawHead(t, cursor, report)
  for (const block of report.blocks) drawBlock(t, cursor, block)
  drawPageFurniture(t, report)
  return new Uint8Array(t.doc.output('arraybuffer'))
}
