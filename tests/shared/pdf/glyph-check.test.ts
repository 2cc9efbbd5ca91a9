import { describe, expect, it } from 'vitest'
import { missingCharacters, reportTexts } from '@shared/pdf/glyph-check'
import { bundledFonts } from '../helpers/bundled-fonts'
import { sampleReport } from './report-fixture'

describe('missingCharacters', () => {
  const fonts = bundledFonts()

  it('finds nothing missing in an ordinary report', () => {
    expect(missingCharacters(sampleReport(), fonts)).toEqual([])
  })

  it('lists each character the fonts lack once, with every place it occurs', () => {
    const report = sampleReport()
    const rare = '\u{20000}'
    const withRare = {
      ...report,
      parties: [{ label: '法定代表人', value: `黄${rare}明` }],
      blocks: [
        ...report.blocks.slice(0, 3),
        {
          kind: 'table' as const,
          caption: '评审专家',
          columns: [{ header: '姓名' }, { header: '单位' }],
          rows: [
            ['李四', '福州大学'],
            [`王${rare}`, `${rare}研究所`]
          ]
        }
      ]
    }
    expect(missingCharacters(withRare, fonts)).toEqual([
      {
        char: rare,
        codePoint: 'U+20000',
        places: ['法定代表人', '表格“评审专家”第 2 行 · 姓名', '表格“评审专家”第 2 行 · 单位']
      }
    ])
  })

  it('checks bold text against the bold font', () => {
    const sample = sampleReport()
    const report = {
      ...sample,
      blocks: [
        ...sample.blocks,
        { kind: 'heading' as const, level: 1 as const, text: '二、黉门社区' }
      ]
    }
    const boldLacks = {
      ...fonts,
      bold: new Map([...fonts.bold].filter(([code]) => code !== 0x9ec9))
    }
    const found = missingCharacters(report, boldLacks)
    // The subtitle's 黉 is regular and still drawn; only the heading's needs the bold font.
    expect(found).toEqual([{ char: '黉', codePoint: 'U+9EC9', places: ['标题行'] }])
  })

  it('walks every block the renderer draws', () => {
    const places = reportTexts(sampleReport()).map((text) => text.place)
    expect(places).toEqual(
      expect.arrayContaining([
        '标题',
        '副标题',
        '购买方',
        '基本信息 · 项目名称',
        '表格“指标得分”表头',
        '表格“指标得分”合计行',
        '图表“等级分布”',
        '签名栏',
        '盖章栏'
      ])
    )
  })
})
