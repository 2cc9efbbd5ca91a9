import { describe, expect, it } from 'vitest'
import {
  conflictFlags,
  type ConflictApplicant,
  type ConflictReviewer
} from '@shared/domain/venture/conflict'

const applicant: ConflictApplicant = {
  uscc: '52320585MJ5123456X',
  legalRepName: '王小明',
  name: '太仓市阳光社会工作服务中心（民非）'
}

const stranger: ConflictReviewer = {
  name: '李华',
  affiliation: '苏州大学社会学院',
  affiliationUscc: '12320000466007413W'
}

describe('conflictFlags', () => {
  it('flags nothing for an unrelated reviewer', () => {
    expect(conflictFlags(stranger, applicant)).toEqual([])
  })

  it('flags an affiliation with the applicant’s USCC, however it was typed', () => {
    const reviewer = { ...stranger, affiliationUscc: ' 52320585mj5123456x ' }
    expect(conflictFlags(reviewer, applicant)).toEqual([
      '评审专家所在单位的统一社会信用代码与申报单位相同（52320585MJ5123456X）'
    ])
  })

  it('does not match missing codes to each other', () => {
    expect(
      conflictFlags({ ...stranger, affiliationUscc: null }, { ...applicant, uscc: null })
    ).toEqual([])
    expect(
      conflictFlags({ ...stranger, affiliationUscc: '  ' }, { ...applicant, uscc: '' })
    ).toEqual([])
  })

  it.each(['王小明', ' 王小明 ', '王 小明', '王\u3000小明'])(
    'flags a reviewer named like the legal representative: %j',
    (name) => {
      expect(conflictFlags({ ...stranger, name }, applicant)).toEqual([
        '评审专家与申报单位的法定代表人同名（王小明）'
      ])
    }
  )

  it.each([
    '太仓市阳光社会工作服务中心（民非）',
    '太仓市阳光社会工作服务中心(民非)',
    ' 太仓市 阳光社会工作服务中心 （民非） ',
    '太仓市阳光社会工作服务中心\u3000(民非)'
  ])('flags an affiliation that is the applicant: %j', (affiliation) => {
    expect(conflictFlags({ ...stranger, affiliation }, applicant)).toEqual([
      '评审专家的工作单位即申报单位（太仓市阳光社会工作服务中心（民非））'
    ])
  })

  it('does not flag an affiliation that only resembles the applicant', () => {
    const reviewer = { ...stranger, affiliation: '太仓市阳光社会工作服务中心分部' }
    expect(conflictFlags(reviewer, applicant)).toEqual([])
    expect(conflictFlags({ ...stranger, affiliation: null }, applicant)).toEqual([])
    expect(conflictFlags({ ...stranger, affiliation: ' ' }, { ...applicant, name: '' })).toEqual([])
  })

  it('gives every reason that applies, in a fixed order', () => {
    const reviewer: ConflictReviewer = {
      name: '王小明',
      affiliation: applicant.name,
      affiliationUscc: applicant.uscc
    }
    expect(conflictFlags(reviewer, applicant)).toHaveLength(3)
    expect(conflictFlags(reviewer, applicant)[0]).toContain('统一社会信用代码')
  })
})
