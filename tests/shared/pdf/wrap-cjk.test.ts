import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { NO_LINE_END, NO_LINE_START, tokenize, wrapCjk } from '@shared/pdf/wrap-cjk'

/** A monospace measure: every character one unit wide, like a CJK font at 1 unit per em. */
const width = (text: string): number => [...text].length

describe('tokenize', () => {
  it.each([
    ['得分86.5分', ['得', '分', '86.5', '分']],
    ['2026-11-22至2027-11-21', ['2026-11-22', '至', '2027-11-21']],
    ['Noto Sans SC字体', ['Noto', ' ', 'Sans', ' ', 'SC', '字', '体']],
    ['满意度95%以上', ['满', '意', '度', '95%', '以', '上']],
    ['全角１２３号', ['全', '角', '１２３', '号']]
  ])('%s', (text, tokens) => {
    expect(tokenize(text)).toEqual(tokens)
  })
})

describe('wrapCjk', () => {
  it('breaks Chinese text at the width, one character a token', () => {
    expect(wrapCjk('社会组织孵化基地评估报告', 5, width)).toEqual([
      '社会组织孵',
      '化基地评估',
      '报告'
    ])
  })

  it('never starts a line with closing punctuation: the character before goes down with it', () => {
    // Without kinsoku the full stop would start the second line.
    expect(wrapCjk('评估等级良好。项目', 6, width)).toEqual(['评估等级良', '好。项目'])
    expect(wrapCjk('指标得分（满分）', 7, width)).toEqual(['指标得分（满', '分）'])
    expect(wrapCjk('一二三四，五', 4, width)).toEqual(['一二三', '四，五'])
  })

  it('never ends a line with an opening bracket: it goes down with the next character', () => {
    expect(wrapCjk('项目名称《阳光助老》', 5, width)).toEqual(['项目名称', '《阳光助', '老》'])
    expect(wrapCjk('甲乙丙（丁）', 4, width)).toEqual(['甲乙丙', '（丁）'])
  })

  it('keeps numbers and Latin words whole', () => {
    expect(wrapCjk('总分为86.5分', 5, width)).toEqual(['总分为', '86.5分'])
    expect(wrapCjk('编号CK-2026-0003', 8, width)).toEqual(['编号', 'CK-2026-', '0003'])
  })

  it('cuts a number longer than a whole line only where it must', () => {
    expect(wrapCjk('1234567890', 4, width)).toEqual(['1234', '5678', '90'])
  })

  it('drops a space at a break but keeps spaces inside a line', () => {
    expect(wrapCjk('Noto Sans SC', 9, width)).toEqual(['Noto Sans', 'SC'])
  })

  it('starts a new line at every newline and keeps empty paragraphs', () => {
    expect(wrapCjk('第一段\n\n第二段', 10, width)).toEqual(['第一段', '', '第二段'])
  })

  it('gives one empty line for empty text', () => {
    expect(wrapCjk('', 10, width)).toEqual([''])
  })

  it('loses no character, and no line starts with a closing or ends with an opening mark', () => {
    const marks = [...'，。、）》（《“”']
    const alphabet = [...'社会组织评估良好项目', ...marks]
    const isMark = (c: string): boolean => marks.includes(c)
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }),
        fc.integer({ min: 4, max: 12 }),
        (chars, max) => {
          // Two marks in a row can make a unit wider than the line, which must then be cut.
          fc.pre(chars.every((c, i) => i === 0 || !(isMark(c) && isMark(chars[i - 1]))))
          const text = chars.join('')
          const lines = wrapCjk(text, max, width)
          expect(lines.join('')).toBe(text)
          lines.forEach((line, index) => {
            expect(width(line)).toBeLessThanOrEqual(max)
            if (index > 0) expect(NO_LINE_START.has([...line][0])).toBe(false)
            if (index < lines.length - 1) expect(NO_LINE_END.has([...line].at(-1)!)).toBe(false)
          })
        }
      )
    )
  })
})
