import { describe, expect, it } from 'vitest'
import type { Organization } from '@shared/domain/organizations/organization'
import { PROVIDER_RULE_SOURCE, providerIssues } from '@shared/domain/procurement/provider'

type Provider = Pick<Organization, 'name' | 'legalForm' | 'registrationStatus' | 'archivedAt'>

const registered: Provider = {
  name: '阳光社工服务中心',
  legalForm: '社会服务机构',
  registrationStatus: '已登记',
  archivedAt: null
}

const error = (message: string) => ({ field: 'organizationId', level: 'error', message })

describe('providerIssues', () => {
  it.each(['社会团体', '社会服务机构', '基金会'] as const)(
    'accepts a registered %s',
    (legalForm) => {
      expect(providerIssues({ ...registered, legalForm })).toEqual([])
    }
  )

  it('refuses a deregistered organisation', () => {
    expect(providerIssues({ ...registered, registrationStatus: '注销' })).toEqual([
      error('“阳光社工服务中心”已注销，不是依法成立的组织，不能承接政府购买服务（102号令第六条）')
    ])
  })

  it('refuses a group still in 筹备 or never registered', () => {
    const message = '“阳光社工服务中心”尚未依法登记，不能承接政府购买服务（102号令第六条）'
    expect(providerIssues({ ...registered, registrationStatus: '筹备' })).toEqual([error(message)])
    expect(
      providerIssues({ ...registered, legalForm: '未登记', registrationStatus: '筹备' })
    ).toEqual([error(message)])
  })

  it('warns about a 备案 community group, which is not a legal person', () => {
    expect(
      providerIssues({
        name: '幸福里银龄互助队',
        legalForm: '社区社会组织',
        registrationStatus: '备案',
        archivedAt: null
      })
    ).toEqual([
      {
        field: 'organizationId',
        level: 'warning',
        message:
          '“幸福里银龄互助队”是备案的社区社会组织，不具有法人资格，一般只能承接小额项目或经枢纽型社会组织承接'
      }
    ])
  })

  it('refuses an archived organisation, besides anything else', () => {
    expect(providerIssues({ ...registered, archivedAt: '2026-01-05T02:00:00.000Z' })).toEqual([
      error('“阳光社工服务中心”已归档，不能作为承接主体')
    ])
    expect(
      providerIssues({
        ...registered,
        registrationStatus: '注销',
        archivedAt: '2026-01-05T02:00:00.000Z'
      })
    ).toHaveLength(2)
  })
})

describe('PROVIDER_RULE_SOURCE', () => {
  it('cites articles 6 and 8 of 102号令', () => {
    expect(PROVIDER_RULE_SOURCE).toMatch(/^财政部令第102号.*第六条.*第八条/)
  })
})
