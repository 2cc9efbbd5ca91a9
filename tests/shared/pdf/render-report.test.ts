import { describe, expect, it } from 'vitest'
import { renderReport } from '@shared/pdf/render-report'
import { loadReportFonts, type ReportFonts } from '@shared/pdf/report-fonts'
import { pdfFonts, pdfInfo, pdfText, qpdfCheck } from '../helpers/pdf-tools'
import { missingCharacters } from '@shared/pdf/glyph-check'
import { bundledFonts, fontFile, withCharacterMovedTo } from '../helpers/bundled-fonts'
import { sampleReport } from './report-fixture'

/** pdftotext puts line breaks where cells wrap and drops narrow spaces; compare without them. */
const compact = (text: string): string => text.replace(/\s/g, '')

describe('renderReport', () => {
  const fonts = bundledFonts()
  const bytes = renderReport(sampleReport(), fonts)
  const pages = Number(pdfInfo(bytes).Pages)

  it('writes every text of the report, the rare 黉 included', () => {
    const text = compact(pdfText(bytes))
    for (const expected of [
      '政府购买服务项目绩效评估报告',
      '黉门街道“幸福邻里”为老服务项目（末期）',
      '报告编号：PG-2026-0007',
      '日期：2026年11月22日',
      '承接方：福州市鼓楼区阳光社会工作服务中心',
      '一、项目基本情况',
      '幸福邻里为老服务',
      '本次评估总分为86.5分，等级为良好。',
      '服务对象满意度测评第40项',
      '等级分布（单位：个）',
      '评估人：',
      '鼓楼区黉门街道办事处（盖章）'
    ]) {
      expect(text).toContain(compact(expected))
    }
  })

  it('runs onto several pages, each numbered 第 X 页 共 Y 页 with the table header repeated', () => {
    expect(pages).toBeGreaterThan(1)
    for (let page = 1; page <= pages; page++) {
      expect(compact(pdfText(bytes, page))).toContain(`第${page}页共${pages}页`)
    }
    expect(compact(pdfText(bytes, 2))).toContain('序号指标分值得分说明')
  })

  it('embeds only subsets of Noto Sans SC Regular and Bold, with Unicode maps; nothing in Helvetica', () => {
    const listed = pdfFonts(bytes)
    expect(listed.map((font) => font.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual([
      'NotoSansSC-Bold',
      'NotoSansSC-Regular'
    ])
    for (const font of listed) {
      expect(font).toMatchObject({
        type: 'CID TrueType',
        embedded: true,
        subset: true,
        unicode: true
      })
    }
  })

  it('passes qpdf --check', () => {
    expect(qpdfCheck(bytes)).toContain('No syntax or stream encoding errors')
  })

  it('sets the document properties', () => {
    expect(pdfInfo(bytes)).toMatchObject({
      Title: '政府购买服务项目绩效评估报告',
      Subject: '幸福邻里为老服务项目末期绩效评估',
      Author: '鼓楼区黉门街道办事处',
      Keywords: '绩效评估 政府购买服务',
      Creator: '社联台'
    })
  })

  it('stays under 200 KB for a four-page report with both fonts', () => {
    const fourPages = renderReport(sampleReport({}, 48), fonts)
    expect(Number(pdfInfo(fourPages).Pages)).toBe(4)
    expect(fourPages.byteLength).toBeLessThan(200 * 1024)
  })

  it('marks every page of a draft 草稿, and no page of a 定稿 report', () => {
    const draft = renderReport(sampleReport({ draft: true }), fonts)
    const draftPages = Number(pdfInfo(draft).Pages)
    for (let page = 1; page <= draftPages; page++) {
      // The mark is drawn at an angle, so pdftotext gives its two characters on lines of their own.
      expect(pdfText(draft, page)).toMatch(/草[\s\S]*稿|稿[\s\S]*草/)
    }
    expect(pdfText(bytes)).not.toContain('草')
  })

  it('draws supplementary-plane characters the font has, and copies them out as themselves', () => {
    const astral = [...fonts.regular.keys()].find((code) => code > 0xffff && fonts.bold.has(code))!
    const char = String.fromCodePoint(astral)
    const report = sampleReport()
    const withRareName = {
      ...report,
      parties: [{ label: '法定代表人', value: `黄${char}明` }],
      blocks: [{ kind: 'heading' as const, level: 1 as const, text: `一、${char}字` }]
    }
    const text = compact(pdfText(renderReport(withRareName, fonts)))
    expect(text).toContain(`法定代表人：黄${char}明`)
    expect(text).toContain(`一、${char}字`)
  })

  it('keeps a label of exactly its column’s width on one line', () => {
    const report = sampleReport()
    const fields = {
      kind: 'fields' as const,
      fields: [
        { label: '项目名称', value: '幸福邻里' },
        { label: '服务类别', value: '为老服务' }
      ]
    }
    const text = pdfText(renderReport({ ...report, blocks: [fields] }, fonts))
    expect(text).toContain('项目名称')
    expect(text).toContain('服务类别')
  })

  it('draws an Extension B character from the fallback font, and it copies out as itself', () => {
    const rare = 0x20000
    const withFallback = loadReportFonts({
      regular: fontFile('400Regular'),
      bold: fontFile('700Bold'),
      fallback: { name: 'ExtB.ttf', bytes: withCharacterMovedTo(fontFile('300Light'), rare) }
    })
    const sample = sampleReport()
    const report = { ...sample, parties: [{ label: '法定代表人', value: '黄\u{20000}明' }] }
    expect(missingCharacters(report, fonts).map((entry) => entry.codePoint)).toEqual(['U+20000'])
    expect(missingCharacters(report, withFallback)).toEqual([])
    const rendered = renderReport(report, withFallback)
    expect(compact(pdfText(rendered))).toContain('法定代表人：黄\u{20000}明')
    expect(pdfFonts(rendered).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))).toContain(
      'SheLianFallback'
    )
  })

  it('prints a chart’s values with the same number of decimals', () => {
    const report = sampleReport()
    const chart = {
      kind: 'bar-chart' as const,
      caption: '各月拨付金额',
      unit: '万元',
      bars: [
        { label: '1月', value: 21.15 },
        { label: '2月', value: 13.6 },
        { label: '3月', value: 0 }
      ]
    }
    const text = compact(pdfText(renderReport({ ...report, blocks: [chart] }, fonts)))
    expect(text).toContain('21.15万元')
    expect(text).toContain('13.60万元')
    expect(text).toContain('0.00万元')
  })

  it('draws □ for a character no font has and keeps the rest of the line', () => {
    const report = sampleReport()
    const text = compact(
      pdfText(
        renderReport(
          { ...report, parties: [{ label: '法定代表人', value: '黄\u{20000}明先生' }] },
          fonts
        )
      )
    )
    expect(text).toContain('法定代表人：黄□明先生')
  })

  it('draws exactly the characters the main font lacks from the fallback font', () => {
    // A main font without 黉 stands in for a rare character; Noto Light plays the system font.
    const regular = new Map(fonts.regular)
    regular.delete('黉'.codePointAt(0)!)
    const bold = new Map(fonts.bold)
    bold.delete('黉'.codePointAt(0)!)
    const withFallback: ReportFonts = {
      ...loadReportFonts({
        regular: fontFile('400Regular'),
        bold: fontFile('700Bold'),
        fallback: { name: 'NotoSansSC-Light.ttf', bytes: fontFile('300Light') }
      }),
      regular,
      bold
    }
    const rendered = renderReport(sampleReport(), withFallback)
    expect(compact(pdfText(rendered))).toContain('黉门街道“幸福邻里”为老服务项目（末期）')
    const names = pdfFonts(rendered).map((font) => font.name.replace(/^[A-Z]{6}\+/, ''))
    expect(names.sort()).toEqual(['NotoSansSC-Bold', 'NotoSansSC-Regular', 'SheLianFallback'])
  })
})
