/**
 * The check before saving (issue #8 “no silent loss”): every character of the report against
 * the fonts, and where each missing one occurs, in words a user can act on — `黄𰻝` in
 * `基本信息 · 法定代表人`.
 */
import type { ReportDocument } from './report-model'
import { fontRoleFor, type ReportFonts } from './report-fonts'

/** One place a text occurs in a report, with whether it is drawn bold. */
export interface ReportText {
  place: string
  text: string
  bold: boolean
}

/** Every string the report will draw, with its place. Mirrors what render-report.ts draws. */
export function reportTexts(report: ReportDocument): ReportText[] {
  const texts: ReportText[] = [
    { place: '标题', text: report.meta.title, bold: true },
    { place: '报告编号', text: report.meta.number, bold: false },
    { place: '出具单位', text: report.meta.office, bold: false }
  ]
  if (report.meta.subtitle) texts.push({ place: '副标题', text: report.meta.subtitle, bold: false })
  for (const party of report.parties) {
    texts.push({ place: party.label, text: `${party.label}：${party.value}`, bold: false })
  }
  report.blocks.forEach((block) => {
    switch (block.kind) {
      case 'heading':
        texts.push({ place: '标题行', text: block.text, bold: true })
        break
      case 'paragraph':
        texts.push({
          place: `正文“${[...block.text].slice(0, 12).join('')}…”`,
          text: block.text,
          bold: false
        })
        break
      case 'fields':
        for (const field of block.fields) {
          texts.push({ place: `基本信息 · ${field.label}`, text: field.label, bold: true })
          texts.push({ place: `基本信息 · ${field.label}`, text: field.value, bold: false })
        }
        break
      case 'table':
        block.columns.forEach((column) => {
          texts.push({ place: `表格“${block.caption}”表头`, text: column.header, bold: true })
        })
        block.rows.forEach((row, index) => {
          row.forEach((cell, column) => {
            const header = block.columns[column]?.header ?? ''
            texts.push({
              place: `表格“${block.caption}”第 ${index + 1} 行 · ${header}`,
              text: cell,
              bold: false
            })
          })
        })
        for (const row of block.foot ?? []) {
          for (const cell of row) {
            texts.push({ place: `表格“${block.caption}”合计行`, text: cell, bold: true })
          }
        }
        break
      case 'bar-chart':
        texts.push({
          place: `图表“${block.caption}”`,
          text: `${block.caption}${block.unit}`,
          bold: true
        })
        for (const bar of block.bars) {
          texts.push({ place: `图表“${block.caption}”`, text: bar.label, bold: false })
        }
        break
      case 'signatures':
        for (const role of block.roles) {
          texts.push({ place: '签名栏', text: `${role.label}：${role.value}`, bold: false })
        }
        texts.push({ place: '盖章栏', text: block.seal, bold: false })
        break
    }
  })
  return texts
}

/** A character no font has, with every place it occurs (each place once). */
export interface MissingCharacter {
  char: string
  /** `U+2A6D6`, so the user can look it up or tell support. */
  codePoint: string
  places: string[]
}

/** Characters of the report the fonts cannot draw, in order of first appearance. */
export function missingCharacters(report: ReportDocument, fonts: ReportFonts): MissingCharacter[] {
  const found = new Map<string, MissingCharacter>()
  for (const { place, text, bold } of reportTexts(report)) {
    for (const char of text) {
      const code = char.codePointAt(0)!
      if (fontRoleFor(fonts, code, bold) !== 'missing') continue
      const entry = found.get(char) ?? {
        char,
        codePoint: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
        places: []
      }
      if (!entry.places.includes(place)) entry.places.push(place)
      found.set(char, entry)
    }
  }
  return [...found.values()]
}
