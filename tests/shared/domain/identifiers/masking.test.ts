import { describe, expect, it } from 'vitest'
import {
  isPlausiblePhone,
  maskIdNumber,
  maskPersonName,
  maskPhone
} from '@shared/domain/identifiers/masking'

describe('masking', () => {
  it('keeps the first 6 and last 4 of an ID number', () => {
    expect(maskIdNumber('11010519491231002X')).toBe('110105********002X')
    expect(maskIdNumber('123')).toBe('***')
  })

  it.each([
    ['13800138000', '138****8000'],
    ['+86 138 0013 8000', '138****8000'],
    ['0591-83123456', '059*****3456'],
    ['12345', '*****']
  ])('masks phone %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked)
  })

  it('masks a name but keeps the family name', () => {
    expect(maskPersonName('张三')).toBe('张*')
    expect(maskPersonName('欧阳娜娜')).toBe('欧***')
    expect(maskPersonName('李')).toBe('李')
  })

  it('recognises mainland mobiles and landlines', () => {
    expect(isPlausiblePhone('13800138000')).toBe(true)
    expect(isPlausiblePhone('0591-83123456')).toBe(true)
    expect(isPlausiblePhone('12800138000')).toBe(false)
    expect(isPlausiblePhone('138001380')).toBe(false)
  })
})
