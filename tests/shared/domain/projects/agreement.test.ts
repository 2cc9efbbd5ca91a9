import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FieldIssue } from '@shared/domain/check'
import {
  AMENDMENT_WORKFLOW,
  agreementLockedReason,
  checkAgreementDraft,
  checkAmendment,
  checkStoredAgreement,
  checkStoredAmendment,
  CONTRACT_TERM_HEADINGS,
  draftAgreement,
  draftAmendment,
  effectiveAgreement,
  missingTermHeadings,
  signAgreement,
  type Agreement,
  type AgreementProject,
  type Amendment,
  type AmendmentAction,
  type AmendmentBasis,
  type AmendmentDecisionContext,
  type AmendmentStatus
} from '@shared/domain/projects/agreement'
import { actionsFrom, checkTransition } from '@shared/domain/workflow'

const at = '2026-06-01T02:00:00.000Z'

const TERMS = [
  '一、服务内容：为辖区独居老人提供探访、心理疏导和紧急援助。',
  '二、服务数量：每月探访不少于 200 人次，开展小组活动 4 场。',
  '三、服务质量：服务对象满意度不低于 90%，建立一人一档。',
  '四、资金结算方式：按 40% / 40% / 20% 分三期拨付，中期、末期评估合格后拨付后两期。',
  '五、双方权利义务：甲方按时足额拨付、不摊派合同外任务；乙方按计划提供服务、接受监督评估。',
  '六、违约责任：乙方未完成约定服务的，甲方可暂缓拨付并要求整改。'
].join('\n')

/** A 公益创投 project of ¥100,000, 待签约, its period not yet known. */
const ventureProject: AgreementProject = {
  status: '待签约',
  amountFen: 10_000_000,
  startOn: null,
  endOn: null,
  purchase: null
}

const draft = {
  number: 'WJGY-2026-007',
  title: '银龄守望：社区独居老人关爱计划资助协议',
  partyA: '柳城街道办事处',
  partyB: '阳光社工服务中心',
  startOn: '2026-07-01',
  endOn: '2027-06-30',
  amountFen: 10_000_000,
  terms: TERMS
}

const issuesOf = (
  result: { ok: true; warnings: FieldIssue[] } | { ok: false; issues: FieldIssue[] }
) => (result.ok ? result.warnings : result.issues)

describe('checkAgreementDraft', () => {
  it('accepts a one-year agreement for the project’s amount', () => {
    expect(checkAgreementDraft(draft, ventureProject)).toEqual({
      ok: true,
      value: draft,
      warnings: []
    })
  })

  it('accepts three years for a purchase with a justification, matching its period', () => {
    const project: AgreementProject = {
      ...ventureProject,
      startOn: '2026-07-01',
      endOn: '2029-06-30',
      purchase: { multiYearJustification: '预算有保障，服务连续性强、价格稳定' }
    }
    expect(checkAgreementDraft({ ...draft, endOn: '2029-06-30' }, project).ok).toBe(true)
  })

  it.each<[string, Record<string, unknown>, AgreementProject, FieldIssue[]]>([
    [
      'an amount other than the project’s, naming both in 元',
      { amountFen: 9_000_000 },
      ventureProject,
      [
        {
          field: 'amountFen',
          level: 'error',
          message: '合同金额 90,000.00 元 与项目金额 100,000.00 元 不符'
        }
      ]
    ],
    [
      'a project already signed',
      {},
      { ...ventureProject, status: '执行中', startOn: '2026-07-01', endOn: '2027-06-30' },
      [
        {
          field: '',
          level: 'error',
          message: '项目目前为“执行中”，只有待签约的项目可以起草或修改协议'
        }
      ]
    ],
    [
      'a period other than the project’s',
      { startOn: '2026-08-01', endOn: '2027-07-31' },
      { ...ventureProject, startOn: '2026-07-01', endOn: '2027-06-30' },
      [
        {
          field: 'startOn',
          level: 'error',
          message: '服务开始日期 2026-08-01 与项目的 2026-07-01 不符'
        },
        {
          field: 'endOn',
          level: 'error',
          message: '服务结束日期 2027-07-31 与项目的 2027-06-30 不符'
        }
      ]
    ],
    [
      'eighteen months for a project without a justification',
      { endOn: '2027-12-31' },
      ventureProject,
      [
        {
          field: 'endOn',
          level: 'error',
          message:
            '合同期 18 个月，超过 1 年，须说明理由（102号令第二十四条：预算有保障，且服务内容相对固定、连续性强、价格稳定）'
        }
      ]
    ],
    [
      'an end before the start',
      { endOn: '2026-06-30' },
      ventureProject,
      [
        {
          field: 'endOn',
          level: 'error',
          message: '合同结束日期 2026-06-30 须晚于开始日期 2026-07-01'
        }
      ]
    ],
    [
      'no contract number',
      { number: '  ' },
      ventureProject,
      [{ field: 'number', level: 'error', message: '请填写合同编号' }]
    ]
  ])('refuses %s', (_case, patch, project, issues) => {
    const result = checkAgreementDraft({ ...draft, ...patch }, project)
    expect(result.ok).toBe(false)
    expect(issuesOf(result)).toEqual(issues)
  })
})

describe('missingTermHeadings', () => {
  it.each<[string, string, string[]]>([
    ['every heading written', TERMS, []],
    ['nothing written', '', [...CONTRACT_TERM_HEADINGS]],
    [
      'a heading left empty before the next numbered one',
      '一、服务内容：\n二、服务数量：每月 4 次\n三、服务质量：达标',
      ['服务内容', '资金结算方式', '双方权利义务', '违约责任']
    ],
    [
      'a number that is content, not numbering',
      '服务数量：40\n服务质量：满意度 90%\n（一）服务内容（二）资金结算方式：分三期',
      ['服务内容', '双方权利义务', '违约责任']
    ],
    [
      'articles numbered 第…条',
      '第一条 服务内容 探访\n第二条 违约责任\n第三条 双方权利义务 见附件',
      ['服务数量', '服务质量', '资金结算方式', '违约责任']
    ]
  ])('%s', (_case, terms, missing) => {
    expect(missingTermHeadings(terms)).toEqual(missing)
  })
})

const agreement: Agreement = {
  ...draftAgreement(draft, 'project-1'),
  id: 'agreement-1',
  createdAt: at,
  updatedAt: at,
  archivedAt: null
}

describe('signAgreement and agreementLockedReason', () => {
  it('signs a draft with complete terms, recording when and by whom', () => {
    expect(agreementLockedReason(agreement)).toBeNull()
    const result = signAgreement(agreement, '2026-06-20', ' 张晓梅 ', '2026-06-25')
    expect(result).toEqual({
      ok: true,
      value: { ...agreement, status: '已签订', signedOn: '2026-06-20', signedBy: '张晓梅' },
      warnings: []
    })
    expect(agreementLockedReason(result.ok ? result.value : agreement)).toBe(
      '协议 WJGY-2026-007 已于 2026-06-20 签订，不能再修改；如需更改请办理变更'
    )
  })

  it('warns about each art. 23 heading the terms lack, and signs', () => {
    const sparse = {
      ...agreement,
      terms: '一、服务内容：探访\n二、服务数量：200 人次\n三、服务质量：'
    }
    const result = signAgreement(sparse, '2026-06-20', '张晓梅', '2026-06-25')
    expect(result.ok).toBe(true)
    expect(issuesOf(result).map((issue) => issue.message)).toEqual(
      ['服务质量', '资金结算方式', '双方权利义务', '违约责任'].map(
        (heading) => `合同条款缺少“${heading}”（财政部令第102号第二十三条要求写明）`
      )
    )
  })

  it('warns when signed after the service period ended', () => {
    const result = signAgreement(agreement, '2027-07-01', '张晓梅', '2027-07-02')
    expect(issuesOf(result)).toEqual([
      {
        field: 'signedOn',
        level: 'warning',
        message: '签订日期 2027-07-01 晚于服务结束日期 2027-06-30，请核对'
      }
    ])
  })

  it.each<[string, Agreement, string, string, FieldIssue[]]>([
    [
      'a signing date in the future',
      agreement,
      '2026-06-26',
      '张晓梅',
      [{ field: 'signedOn', level: 'error', message: '签订日期 2026-06-26 晚于今天' }]
    ],
    [
      'no one signing',
      agreement,
      '2026-06-20',
      ' ',
      [{ field: 'signedBy', level: 'error', message: '请填写经办人' }]
    ],
    [
      'an agreement already signed',
      { ...agreement, status: '已签订', signedOn: '2026-06-20', signedBy: '张晓梅' },
      '2026-06-21',
      '李娜',
      [
        {
          field: '',
          level: 'error',
          message: '协议 WJGY-2026-007 已于 2026-06-20 签订，不能再修改；如需更改请办理变更'
        }
      ]
    ]
  ])('refuses %s', (_case, subject, signedOn, operator, issues) => {
    expect(signAgreement(subject, signedOn, operator, '2026-06-25')).toEqual({ ok: false, issues })
  })
})

const storedDraft = draftAgreement(draft, 'project-1')
const storedSigned = {
  ...storedDraft,
  status: '已签订',
  signedOn: '2026-06-20',
  signedBy: '张晓梅'
}

describe('checkStoredAgreement', () => {
  it('accepts a draft and a signed agreement', () => {
    expect(checkStoredAgreement(storedDraft).ok).toBe(true)
    expect(checkStoredAgreement(storedSigned).ok).toBe(true)
  })

  it.each<[string, Record<string, unknown>, FieldIssue]>([
    [
      'a signed agreement without its signer',
      { ...storedSigned, signedBy: null },
      { field: 'signedOn', level: 'error', message: '已签订的协议缺少签订日期或经办人' }
    ],
    [
      'a draft with a signing date',
      { ...storedDraft, signedOn: '2026-06-20' },
      { field: 'signedOn', level: 'error', message: '草拟的协议不应有签订日期或经办人' }
    ],
    [
      'a period ending before it starts',
      { ...storedDraft, endOn: '2026-06-30' },
      { field: 'endOn', level: 'error', message: '服务结束日期须晚于开始日期' }
    ],
    [
      'an unknown status',
      { ...storedDraft, status: '已解除' },
      { field: 'status', level: 'error', message: '协议状态有误' }
    ]
  ])('refuses %s', (_case, row, issue) => {
    expect(checkStoredAgreement(row)).toEqual({ ok: false, issues: [issue] })
  })
})

const signed: Agreement = {
  ...agreement,
  status: '已签订',
  signedOn: '2026-06-20',
  signedBy: '张晓梅'
}

const amendment = (no: number, patch: Partial<Amendment> = {}): Amendment => ({
  ...draftAmendment({ requestedOn: '2026-10-10', reason: '服务对象增加', changes: {} }, signed, no),
  id: `amendment-${no}`,
  createdAt: at,
  updatedAt: at,
  archivedAt: null,
  status: '已批准',
  decidedOn: '2026-10-20',
  decidedBy: '王主任',
  decisionNote: null,
  ...patch
})

describe('effectiveAgreement', () => {
  it('is the agreement itself while nothing is approved', () => {
    const pending = amendment(1, { status: '待审批', changes: { amountFen: 12_000_000 } })
    expect(effectiveAgreement(signed, [pending])).toEqual({
      ...signed,
      socialWorkerIds: null,
      applied: []
    })
  })

  it('applies the approved amendments of this agreement in order, later over earlier', () => {
    const first = amendment(1, { changes: { amountFen: 12_000_000, socialWorkerIds: ['sw-1'] } })
    const second = amendment(2, { changes: { amountFen: 11_000_000, endOn: '2027-09-30' } })
    const rejected = amendment(3, { status: '已驳回', changes: { terms: '全部重写' } })
    const elsewhere = amendment(4, { agreementId: 'agreement-2', changes: { amountFen: 1 } })
    const archived = amendment(5, { archivedAt: at, changes: { amountFen: 2 } })
    expect(effectiveAgreement(signed, [second, rejected, elsewhere, first, archived])).toEqual({
      ...signed,
      amountFen: 11_000_000,
      endOn: '2027-09-30',
      socialWorkerIds: ['sw-1'],
      applied: [first, second]
    })
  })

  it('does not depend on the order the amendments are read in', () => {
    const amendments = [
      amendment(1, { changes: { amountFen: 12_000_000 } }),
      amendment(2, { changes: { endOn: '2027-09-30' } }),
      amendment(3, { changes: { amountFen: 13_000_000, terms: '新条款' } })
    ]
    const expected = effectiveAgreement(signed, amendments)
    fc.assert(
      fc.property(fc.shuffledSubarray(amendments, { minLength: 3, maxLength: 3 }), (read) => {
        expect(effectiveAgreement(signed, read)).toEqual(expected)
      })
    )
  })
})

const basis = (patch: Partial<AmendmentBasis> = {}): AmendmentBasis => ({
  effective: effectiveAgreement(signed, []),
  socialWorkerIds: ['sw-1', 'sw-2'],
  paidFen: 4_000_000,
  multiYearJustification: null,
  ...patch
})

const request = (changes: Record<string, unknown>, patch: Record<string, unknown> = {}) => ({
  requestedOn: '2026-10-10',
  reason: '服务对象由 60 户增至 80 户',
  changes,
  ...patch
})

describe('checkAmendment', () => {
  it.each<[string, Record<string, unknown>]>([
    ['a larger amount', { amountFen: 12_000_000 }],
    ['a smaller amount down to what has been paid', { amountFen: 4_000_000 }],
    ['an earlier end', { endOn: '2027-03-31' }],
    ['new terms', { terms: `${TERMS}\n七、其他：新增夜间探访。` }],
    ['a new team', { socialWorkerIds: ['sw-1', 'sw-3'] }]
  ])('accepts %s', (_case, changes) => {
    expect(checkAmendment(request(changes), signed, basis())).toMatchObject({
      ok: true,
      warnings: []
    })
  })

  it('accepts a longer contract when the project has a justification', () => {
    const result = checkAmendment(
      request({ endOn: '2028-06-30' }),
      signed,
      basis({ multiYearJustification: '预算有保障，服务连续性强' })
    )
    expect(result.ok).toBe(true)
  })

  it.each<[string, Record<string, unknown>, Partial<AmendmentBasis>, FieldIssue]>([
    [
      'no change at all',
      {},
      {},
      {
        field: 'changes',
        level: 'error',
        message: '变更须至少改动一项：合同金额、结束日期、合同条款或服务团队'
      }
    ],
    [
      'the amount in force',
      { amountFen: 10_000_000 },
      {},
      {
        field: 'changes.amountFen',
        level: 'error',
        message: '变更后的合同金额与现行金额 100,000.00 元 相同'
      }
    ],
    [
      'an amount below what has been paid',
      { amountFen: 3_999_999 },
      {},
      {
        field: 'changes.amountFen',
        level: 'error',
        message: '变更后的合同金额 39,999.99 元 低于已拨付的 40,000.00 元'
      }
    ],
    [
      'the end date in force',
      { endOn: '2027-06-30' },
      {},
      {
        field: 'changes.endOn',
        level: 'error',
        message: '变更后的结束日期与现行结束日期 2027-06-30 相同'
      }
    ],
    [
      'a contract beyond one year without a justification',
      { endOn: '2027-09-30' },
      {},
      {
        field: 'changes.endOn',
        level: 'error',
        message:
          '合同期 15 个月，超过 1 年，须说明理由（102号令第二十四条：预算有保障，且服务内容相对固定、连续性强、价格稳定）'
      }
    ],
    [
      'an end before the start',
      { endOn: '2026-06-30' },
      {},
      {
        field: 'changes.endOn',
        level: 'error',
        message: '合同结束日期 2026-06-30 须晚于开始日期 2026-07-01'
      }
    ],
    [
      'the terms in force, give or take spaces',
      { terms: `  ${TERMS}  ` },
      {},
      { field: 'changes.terms', level: 'error', message: '变更后的合同条款与现行条款相同' }
    ],
    [
      'the project’s team in another order',
      { socialWorkerIds: ['sw-2', 'sw-1'] },
      {},
      {
        field: 'changes.socialWorkerIds',
        level: 'error',
        message: '变更后的服务团队与现有团队相同'
      }
    ],
    [
      'the team an approved amendment set',
      { socialWorkerIds: ['sw-3'] },
      {
        effective: effectiveAgreement(signed, [
          amendment(1, { changes: { socialWorkerIds: ['sw-3'] } })
        ])
      },
      {
        field: 'changes.socialWorkerIds',
        level: 'error',
        message: '变更后的服务团队与现有团队相同'
      }
    ],
    [
      'no team at all',
      { socialWorkerIds: [] },
      {},
      { field: 'changes.socialWorkerIds', level: 'error', message: '服务团队不能为空' }
    ]
  ])('refuses %s', (_case, changes, patch, issue) => {
    expect(checkAmendment(request(changes), signed, basis(patch))).toEqual({
      ok: false,
      issues: [issue]
    })
  })

  it('compares with the terms in force, not the original ones', () => {
    const effective = effectiveAgreement(signed, [
      amendment(1, { changes: { amountFen: 12_000_000 } })
    ])
    expect(
      checkAmendment(request({ amountFen: 10_000_000 }), signed, basis({ effective })).ok
    ).toBe(true)
  })

  it('refuses an amendment of an agreement not yet signed', () => {
    expect(checkAmendment(request({ amountFen: 12_000_000 }), agreement, basis())).toEqual({
      ok: false,
      issues: [
        {
          field: '',
          level: 'error',
          message: '协议 WJGY-2026-007 尚未签订，直接修改协议即可，无需变更'
        }
      ]
    })
  })

  it('refuses a request dated before the signing', () => {
    const result = checkAmendment(
      request({ amountFen: 12_000_000 }, { requestedOn: '2026-06-19' }),
      signed,
      basis()
    )
    expect(issuesOf(result)).toEqual([
      {
        field: 'requestedOn',
        level: 'error',
        message: '申请日期 2026-06-19 早于协议签订日期 2026-06-20'
      }
    ])
  })

  it('refuses a request without a reason', () => {
    const result = checkAmendment(
      request({ amountFen: 12_000_000 }, { reason: '' }),
      signed,
      basis()
    )
    expect(issuesOf(result)).toEqual([
      { field: 'reason', level: 'error', message: '请填写变更理由' }
    ])
  })
})

describe('draftAmendment', () => {
  it('starts 待审批 under its agreement and project, undecided', () => {
    const fields = {
      requestedOn: '2026-10-10',
      reason: '增加服务户数',
      changes: { amountFen: 12_000_000 }
    }
    expect(draftAmendment(fields, signed, 2)).toEqual({
      ...fields,
      projectId: 'project-1',
      agreementId: 'agreement-1',
      no: 2,
      status: '待审批',
      decidedOn: null,
      decidedBy: null,
      decisionNote: null
    })
  })
})

describe('AMENDMENT_WORKFLOW', () => {
  const ready: AmendmentDecisionContext = { changeErrors: [], decisionNote: null }

  it.each<[AmendmentStatus, AmendmentAction, AmendmentDecisionContext, string]>([
    ['待审批', 'approve', ready, '已批准'],
    [
      '待审批',
      'approve',
      { ...ready, changeErrors: ['变更后的合同金额 39,999.99 元 低于已拨付的 40,000.00 元'] },
      '变更后的合同金额 39,999.99 元 低于已拨付的 40,000.00 元'
    ],
    ['待审批', 'reject', { ...ready, decisionNote: '预算不足' }, '已驳回'],
    ['待审批', 'reject', { ...ready, decisionNote: ' ' }, '驳回变更须写明理由'],
    ['已批准', 'reject', { ...ready, decisionNote: '改变主意' }, '变更当前为“已批准”，不能驳回'],
    ['已驳回', 'approve', ready, '变更当前为“已驳回”，不能批准']
  ])('%s + %s', (state, action, context, expected) => {
    const result = checkTransition(AMENDMENT_WORKFLOW, state, action, context)
    expect(result).toEqual(
      AMENDMENT_WORKFLOW.states.includes(expected as AmendmentStatus)
        ? { ok: true, to: expected }
        : { ok: false, message: expected }
    )
  })

  it('offers nothing once decided', () => {
    for (const state of AMENDMENT_WORKFLOW.final) {
      expect(actionsFrom(AMENDMENT_WORKFLOW, state, ready)).toEqual([])
    }
  })
})

describe('checkStoredAmendment', () => {
  const row = {
    ...draftAmendment(
      { requestedOn: '2026-10-10', reason: '服务对象增加', changes: { amountFen: 12_000_000 } },
      signed,
      1
    ),
    status: '已批准',
    decidedOn: '2026-10-20',
    decidedBy: '王主任'
  }

  it('accepts a decided amendment and a pending one', () => {
    expect(checkStoredAmendment(row).ok).toBe(true)
    const pending = { ...row, status: '待审批', decidedOn: null, decidedBy: null }
    expect(checkStoredAmendment(pending).ok).toBe(true)
  })

  it.each<[string, Record<string, unknown>, FieldIssue]>([
    [
      'a decision without its date',
      { decidedOn: null },
      { field: 'decidedOn', level: 'error', message: '已审批的变更缺少审批日期或审批人' }
    ],
    [
      'a pending amendment with a decider',
      { status: '待审批', decidedOn: null },
      { field: 'decidedOn', level: 'error', message: '待审批的变更不应有审批日期或审批人' }
    ],
    [
      'a change that is not one of the four',
      { changes: { title: '新名称' } },
      { field: 'changes', level: 'error', message: '不认识的字段：title' }
    ]
  ])('refuses %s', (_case, patch, issue) => {
    expect(checkStoredAmendment({ ...row, ...patch })).toEqual({ ok: false, issues: [issue] })
  })
})
