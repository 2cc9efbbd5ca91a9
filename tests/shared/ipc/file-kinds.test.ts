import { describe, expect, it } from 'vitest'
import {
  FILE_KIND_NAMES,
  FILE_KINDS,
  hasKindExtension,
  withKindExtension
} from '@shared/ipc/file-kinds'

describe('file kinds', () => {
  it('give every kind a Chinese label, an extension and a positive size limit', () => {
    for (const spec of Object.values(FILE_KINDS)) {
      expect(spec.label).toMatch(/[\u4e00-\u9fff]/)
      expect(spec.extensions.length).toBeGreaterThan(0)
      expect(spec.maxOpenBytes).toBeGreaterThan(0)
    }
  })

  it('names every kind of the table, and nothing else, for the IPC schemas', () => {
    expect([...FILE_KIND_NAMES].sort()).toEqual(Object.keys(FILE_KINDS).sort())
  })

  it('opens a TrueType font of up to 64 MiB, large enough for a full Extension B font', () => {
    expect(FILE_KINDS.font).toEqual({
      label: 'TrueType 字体',
      extensions: ['ttf'],
      mime: 'font/ttf',
      maxOpenBytes: 64 * 1024 * 1024
    })
  })

  it.each([
    ['pdf', '报告.PDF', true],
    ['pdf', '报告.pdf.exe', false],
    ['xlsx', '台账.xlsx', true],
    ['xlsx', '台账.xls', false],
    ['backup', 'shelian-backup.json', true],
    ['font', 'HanaMinB.TTF', true],
    ['font', 'simsun.ttc', false]
  ] as const)('hasKindExtension(%s, %s) is %s', (kind, name, expected) => {
    expect(hasKindExtension(kind, name)).toBe(expected)
  })

  it('adds the default extension only when missing', () => {
    expect(withKindExtension('pdf', '出壳评估报告')).toBe('出壳评估报告.pdf')
    expect(withKindExtension('pdf', '出壳评估报告.pdf')).toBe('出壳评估报告.pdf')
  })
})
