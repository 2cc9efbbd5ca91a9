import { describe, expect, it } from 'vitest'
import { errorText } from '@shared/text/error-text'

describe('errorText', () => {
  it('shows an Error by its message, anything else as text', () => {
    expect(errorText(new TypeError('读取失败'))).toBe('读取失败')
    expect(errorText('磁盘已满')).toBe('磁盘已满')
    expect(errorText(404)).toBe('404')
    expect(errorText(undefined)).toBe('undefined')
  })

  it('does not throw on values String() cannot convert', () => {
    const throwing = {
      toString() {
        throw new Error('no')
      }
    }
    expect(errorText(Object.create(null))).toBe('[object Object]')
    expect(errorText(throwing)).toBe('[object Object]')
  })
})
