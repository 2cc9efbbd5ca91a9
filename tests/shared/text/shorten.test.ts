import { describe, expect, it } from 'vitest'
import { shorten } from '@shared/text/shorten'

describe('shorten', () => {
  it('leaves text of at most max characters as it is', () => {
    expect(shorten('军门社区', 4)).toBe('军门社区')
    expect(shorten('', 4)).toBe('')
  })

  it('cuts longer text to its first max characters and an ellipsis', () => {
    expect(shorten('鼓楼区军门社区孵化基地', 4)).toBe('鼓楼区军…')
  })
})
