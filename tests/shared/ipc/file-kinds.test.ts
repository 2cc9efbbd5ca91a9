import { describe, expect, it } from 'vitest'
import { FILE_KINDS, hasKindExtension, withKindExtension } from '@shared/ipc/file-kinds'

describe('file kinds', () => {
  it('give every kind a Chinese label, an extension and a positive size limit', () => {
    for (const spec of Object.values(FILE_KINDS)) {
      expect(spec.label).toMatch(/[\u4e00-\u9fff]/)
      expect(spec.extensions.length).toBeGreaterThan(0)
      expect(spec.maxOpenBytes).toBeGreaterThan(0)
    }
  })

  it.each([
    ['pdf', '报告.PDF', true],
    ['pdf', '报告.pdf.exe', false],
    ['xlsx', '台账.xlsx', true],
    ['xlsx', '台账.xls', false],
    ['backup', 'shelian-backup.json', true]
  ] as const)('hasKindExtension(%s, %s) is %s', (kind, name, expected) => {
    expect(hasKindExtension(kind, name)).toBe(expected)
  })

  it('adds the default extension only when missing', () => {
    expect(withKindExtension('pdf', '出壳评估报告')).toBe('出壳评估报告.pdf')
    expect(withKindExtension('pdf', '出壳评估报告.pdf')).toBe('出壳评估报告.pdf')
  })
})
