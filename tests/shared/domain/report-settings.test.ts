import { describe, expect, it } from 'vitest'
import { checkRecord } from '@shared/domain/check'
import {
  DEFAULT_REPORT_FONT_SETTINGS,
  parseStoredReportFontSettings,
  reportFontSettingsSchema
} from '@shared/domain/report-settings'

const check = (input: unknown) =>
  checkRecord(reportFontSettingsSchema, input, (value) => ({ value, issues: [] }))

const hanaMinB = { name: 'HanaMinB.ttf', byteSize: 31_240_000, characterCount: 51_000 }

describe('report font settings rules', () => {
  it('start with no fallback font', () => {
    expect(DEFAULT_REPORT_FONT_SETTINGS).toEqual({ fallback: null })
  })

  it('accept a chosen font, trimming its name, and no font at all', () => {
    expect(check({ fallback: { ...hanaMinB, name: ' HanaMinB.ttf ' } })).toEqual({
      ok: true,
      value: { fallback: hanaMinB },
      warnings: []
    })
    expect(check({ fallback: null }).ok).toBe(true)
  })

  it.each([
    ['an empty name', { ...hanaMinB, name: '  ' }, 'fallback.name', '字体名称不能为空'],
    [
      'a name of 256 characters',
      { ...hanaMinB, name: '𠮷'.repeat(256) },
      'fallback.name',
      '字体名称不能超过 255 个字'
    ],
    ['an empty file', { ...hanaMinB, byteSize: 0 }, 'fallback.byteSize', '字体文件不能为空'],
    [
      'a file over the 64 MiB the dialog opens',
      { ...hanaMinB, byteSize: 64 * 1024 * 1024 + 1 },
      'fallback.byteSize',
      '字体文件过大'
    ],
    [
      'a font mapping no character',
      { ...hanaMinB, characterCount: 0 },
      'fallback.characterCount',
      '字体没有收录任何字符'
    ],
    [
      'a fractional count',
      { ...hanaMinB, characterCount: 1.5 },
      'fallback.characterCount',
      '字符数须为整数'
    ]
  ])('refuse %s, in Chinese', (_label, fallback, field, message) => {
    expect(check({ fallback })).toEqual({
      ok: false,
      issues: [{ field, level: 'error', message }]
    })
  })

  it('refuse unknown fields, such as the font bytes themselves', () => {
    expect(check({ fallback: { ...hanaMinB, bytes: 'AAEAAAAS' } }).ok).toBe(false)
    expect(check({ fallback: null, bytes: 'AAEAAAAS' }).ok).toBe(false)
  })

  it('read a broken stored entry as no font chosen', () => {
    expect(parseStoredReportFontSettings(undefined)).toEqual({ fallback: null })
    expect(parseStoredReportFontSettings({ fallback: { name: 'x.ttf' } })).toEqual({
      fallback: null
    })
    expect(parseStoredReportFontSettings({ fallback: hanaMinB })).toEqual({ fallback: hanaMinB })
  })
})
