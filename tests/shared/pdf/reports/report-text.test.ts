import { describe, expect, it } from 'vitest'
import {
  amountText,
  asSentence,
  chineseNumber,
  evaluationKindText,
  instantDateText,
  percentText,
  periodText,
  phoneText,
  projectFunder,
  scoreText,
  sectionHeadings,
  signatureBlock,
  textParagraphs
} from '@shared/pdf/reports/report-text'
import { reportContext } from './report-fixtures'

describe('report text', () => {
  it.each([
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [12, '十二'],
    [20, '二十'],
    [35, '三十五'],
    [99, '九十九']
  ])('writes heading number %i as %s', (value, text) => {
    expect(chineseNumber(value)).toBe(text)
  })

  it('refuses heading numbers it cannot write', () => {
    expect(() => chineseNumber(0)).toThrow('标题序号须为 1 到 99 的整数')
    expect(() => chineseNumber(100)).toThrow(RangeError)
  })

  it('numbers sections, restarting the subsections under each', () => {
    const headings = sectionHeadings()
    expect(
      [
        headings.section('基本情况'),
        headings.subsection('评估发现'),
        headings.subsection('改进建议'),
        headings.section('评估结论'),
        headings.subsection('说明')
      ].map((block) => (block.kind === 'heading' ? [block.level, block.text] : null))
    ).toEqual([
      [1, '一、基本情况'],
      [2, '（一）评估发现'],
      [2, '（二）改进建议'],
      [1, '二、评估结论'],
      [2, '（一）说明']
    ])
  })

  it('writes scores with at least one decimal and never drops one, blank when unscored', () => {
    expect([85, 86.5, 86.25, 0, -6, null].map(scoreText)).toEqual([
      '85.0',
      '86.5',
      '86.25',
      '0.0',
      '-6.0',
      '—'
    ])
  })

  it('names a project evaluation by its kind, a 年度 one by its year', () => {
    expect(evaluationKindText({ kind: '中期', year: null })).toBe('中期')
    expect(evaluationKindText({ kind: '末期', year: null })).toBe('末期')
    expect(evaluationKindText({ kind: '年度', year: 2026 })).toBe('2026年度')
  })

  it('writes percentages whole', () => {
    expect([93.3, 89.5, 100, null].map(percentText)).toEqual(['93%', '90%', '100%', '—'])
  })

  it('writes periods and instants as 公文 dates in China time', () => {
    expect(periodText('2026-03-01', '2027-02-28')).toBe('2026年3月1日至2027年2月28日')
    expect(periodText('2026-03-01', null)).toBe('—')
    // 20:00 UTC on 31 December is already 1 January in China.
    expect(instantDateText('2026-12-31T20:00:00.000Z')).toBe('2027年1月1日')
    expect(instantDateText(null)).toBe('—')
  })

  it('states an amount in figures and in words', () => {
    expect(amountText(10_700_053)).toBe('107,000.53 元（人民币壹拾万柒仟元零伍角叁分）')
  })

  it('masks a phone number unless revealing was confirmed', () => {
    expect(phoneText('13800138000', false)).toBe('138****8000')
    expect(phoneText('13800138000', true)).toBe('13800138000')
    expect(phoneText(null, true)).toBe('—')
  })

  it('closes typed text with a full stop unless it already ends a sentence', () => {
    expect(asSentence(' 占用社工服务时间约 15% ')).toBe('占用社工服务时间约 15%。')
    expect(asSentence('拨付延迟两周。')).toBe('拨付延迟两周。')
    expect(asSentence('是否按时？')).toBe('是否按时？')
    expect(asSentence('见附件（二）')).toBe('见附件（二）')
    expect(asSentence('')).toBe('')
  })

  it('makes a paragraph of each non-empty line, or of the empty sentence', () => {
    expect(textParagraphs(' 第一条。\r\n\n第二条。 ', '无。')).toEqual([
      { kind: 'paragraph', text: '第一条。' },
      { kind: 'paragraph', text: '第二条。' }
    ])
    expect(textParagraphs('  \n', '无。')).toEqual([{ kind: 'paragraph', text: '无。' }])
    expect(textParagraphs(null, '无。')).toEqual([{ kind: 'paragraph', text: '无。' }])
  })

  it('seals with the office’s name, or a blank seal line while none is set', () => {
    const context = reportContext('FH-2026-0001')
    expect(signatureBlock([{ label: '评估人', value: '王建国' }], context)).toEqual({
      kind: 'signatures',
      roles: [{ label: '评估人', value: '王建国' }],
      seal: '鼓楼街道办事处',
      date: '2026-11-22'
    })
    expect(signatureBlock([], { ...context, office: ' ' })).toMatchObject({ seal: '（单位盖章）' })
  })

  it('names a purchase’s 购买方, and a 公益创投 project’s 资助方 from its agreement or the office', () => {
    const purchase = {
      purchase: { purchaser: { name: '柳城街道办事处' } }
    } as Parameters<typeof projectFunder>[0]
    expect(projectFunder(purchase, { partyA: '别的单位' }, '鼓楼街道办事处')).toEqual({
      label: '购买方',
      value: '柳城街道办事处'
    })
    expect(projectFunder({ purchase: null }, { partyA: '鼓楼区民政局' }, '鼓楼街道办事处')).toEqual(
      { label: '资助方', value: '鼓楼区民政局' }
    )
    expect(projectFunder({ purchase: null }, null, '鼓楼街道办事处')).toEqual({
      label: '资助方',
      value: '鼓楼街道办事处'
    })
  })
})
