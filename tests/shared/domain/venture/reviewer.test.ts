import { describe, expect, it } from 'vitest'
import { usccCheckChar } from '@shared/domain/identifiers/uscc'
import { checkReviewer } from '@shared/domain/venture/reviewer'

/** An expert at a civil-affairs registered institution (a valid 52… code). */
const valid = {
  name: '陈建国',
  affiliation: '鼓楼区阳光社会工作服务中心',
  affiliationUscc: '52440106MJ00000189',
  title: '高级社会工作师',
  expertise: ['为老服务', '财务'],
  phone: '13812345678',
  note: '曾任 2025 年度评审专家'
}

const error = (field: string, message: string) => ({ field, level: 'error', message })

describe('checkReviewer', () => {
  it('accepts a complete expert as given, without warnings', () => {
    expect(checkReviewer(valid)).toEqual({ ok: true, value: valid, warnings: [] })
  })

  it('accepts an independent expert with nothing but a name', () => {
    const independent = {
      name: '林小红',
      affiliation: null,
      affiliationUscc: null,
      title: null,
      expertise: [],
      phone: null,
      note: null
    }
    expect(checkReviewer(independent)).toEqual({ ok: true, value: independent, warnings: [] })
  })

  it('stores empty and blank text as null', () => {
    const result = checkReviewer({
      ...valid,
      affiliation: '',
      affiliationUscc: '   ',
      title: '',
      phone: ' ',
      note: ''
    })
    expect(result).toEqual({
      ok: true,
      value: {
        ...valid,
        affiliation: null,
        affiliationUscc: null,
        title: null,
        phone: null,
        note: null
      },
      warnings: []
    })
  })

  it('trims text and drops repeated fields of expertise, keeping the first order', () => {
    const result = checkReviewer({
      ...valid,
      name: ' 陈建国 ',
      expertise: ['为老服务', ' 财务 ', '为老服务', '财务', '社区治理']
    })
    expect(result).toMatchObject({
      ok: true,
      value: { name: '陈建国', expertise: ['为老服务', '财务', '社区治理'] }
    })
  })

  it.each([
    ['upper-cased', '52440106mj00000189'],
    ['without the spaces it was pasted with', '5244 0106 MJ00 0001 89'],
    ['in half-width characters', '５２４４０１０６ＭＪ０００００１８９']
  ])('stores the code %s', (_case, affiliationUscc) => {
    expect(checkReviewer({ ...valid, affiliationUscc })).toEqual({
      ok: true,
      value: { ...valid, affiliationUscc: '52440106MJ00000189' },
      warnings: []
    })
  })

  it.each([
    // An employer that is a company, not a social organisation: the class prefix is not a rule here.
    ['a company', '91350100M000100Y43'],
    // The embedded organisation code's own check digit is only a warning of validateUscc.
    [
      'a code whose embedded organisation code check is off',
      `52440106MJ0000019${usccCheckChar('52440106MJ0000019')}`
    ]
  ])('accepts %s without passing on warnings', (_case, affiliationUscc) => {
    expect(checkReviewer({ ...valid, affiliationUscc })).toEqual({
      ok: true,
      value: { ...valid, affiliationUscc },
      warnings: []
    })
  })

  it('refuses a wrong check digit at affiliationUscc, naming the right one', () => {
    expect(checkReviewer({ ...valid, affiliationUscc: '52440106MJ00000188' })).toEqual({
      ok: false,
      issues: [
        error('affiliationUscc', '第 18 位校验码应为“9”，实际为“8”，请检查是否有字符录入错误')
      ]
    })
  })

  it('refuses a code of the wrong length', () => {
    expect(checkReviewer({ ...valid, affiliationUscc: '5244010MJ00000189' })).toEqual({
      ok: false,
      issues: [error('affiliationUscc', '统一社会信用代码应为 18 位，当前为 17 位')]
    })
  })

  it('refuses a code without the employer it belongs to', () => {
    expect(checkReviewer({ ...valid, affiliation: '' })).toEqual({
      ok: false,
      issues: [error('affiliation', '填写了单位统一社会信用代码，请同时填写工作单位')]
    })
  })

  it('reports a bad code and the missing employer together', () => {
    expect(
      checkReviewer({ ...valid, affiliation: null, affiliationUscc: '52440106MJ00000188' })
    ).toEqual({
      ok: false,
      issues: [
        error('affiliationUscc', '第 18 位校验码应为“9”，实际为“8”，请检查是否有字符录入错误'),
        error('affiliation', '填写了单位统一社会信用代码，请同时填写工作单位')
      ]
    })
  })

  it.each(['13812345678', '020-83345678', '+86 138 1234 5678'])('accepts the phone %s', (phone) => {
    expect(checkReviewer({ ...valid, phone }).ok).toBe(true)
  })

  it.each(['12345', '23812345678', '1381234567'])('refuses the phone %s', (phone) => {
    expect(checkReviewer({ ...valid, phone })).toEqual({
      ok: false,
      issues: [error('phone', '电话号码格式不正确（手机 11 位，座机带区号）')]
    })
  })

  it.each<[string, Record<string, unknown>, string, string]>([
    ['no name', { name: '' }, 'name', '请填写专家姓名'],
    ['a name of spaces', { name: '   ' }, 'name', '请填写专家姓名'],
    ['a name over 20 characters', { name: '陈'.repeat(21) }, 'name', '专家姓名不能超过 20 个字'],
    [
      'an employer over 60 characters',
      { affiliation: '单'.repeat(61) },
      'affiliation',
      '工作单位不能超过 60 个字'
    ],
    [
      'a title over 30 characters',
      { title: '职'.repeat(31) },
      'title',
      '职称 / 职务不能超过 30 个字'
    ],
    ['an empty field of expertise', { expertise: ['财务', ''] }, 'expertise.1', '请填写擅长领域'],
    [
      'eleven fields of expertise',
      { expertise: Array.from({ length: 11 }, (_, index) => `领域${index}`) },
      'expertise',
      '擅长领域最多 10 项'
    ],
    ['a note over 500 characters', { note: '备'.repeat(501) }, 'note', '备注不能超过 500 个字'],
    ['a phone that is a number', { phone: 13812345678 }, 'phone', '联系电话须为文字'],
    ['an unknown field', { gender: '男' }, '', '不认识的字段：gender']
  ])('refuses %s', (_case, patch, field, message) => {
    expect(checkReviewer({ ...valid, ...patch })).toEqual({
      ok: false,
      issues: [error(field, message)]
    })
  })
})
