import { describe, expect, it } from 'vitest'
import { fenField } from '@shared/domain/fields'

const messageFor = (schema: ReturnType<typeof fenField>, input: unknown) =>
  schema.safeParse(input).error?.issues[0]?.message ?? null

describe('fenField', () => {
  it.each([
    ['an empty input', undefined, '请填写合同金额'],
    ['text', '30000', '合同金额须为数字'],
    ['a fraction of a 分', 1.5, '合同金额须大于 0（以分计的整数）'],
    ['nothing', 0, '合同金额须大于 0（以分计的整数）'],
    ['an amount', 3_000_000, null]
  ])('words %s for a positive amount', (_case, input, message) => {
    expect(messageFor(fenField('合同金额', { positive: true }), input)).toBe(message)
  })

  it('takes 0 when the amount may be nothing', () => {
    expect(messageFor(fenField('追回金额'), 0)).toBeNull()
    expect(messageFor(fenField('追回金额'), -1)).toBe('追回金额须为不小于 0 的整数（以分计）')
  })
})
