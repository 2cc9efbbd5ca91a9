import { describe, expect, it } from 'vitest'
import { checkSocialWorker } from '@shared/domain/social-workers/social-worker'
import { socialWorkerImport } from '@shared/import/specs/social-workers'
import {
  community,
  dryRunSheet,
  errorsOf,
  ID_NUMBER,
  organization,
  socialWorker,
  TODAY,
  USCC,
  warningsOf
} from '../fixtures'

const HEADER = [
  '姓名',
  '性别',
  '职业水平',
  '证书编号',
  '登记有效期至',
  '所在机构',
  '服务社区',
  '专长',
  '电话',
  '身份证号'
]

const stored = {
  organizations: [
    organization({
      id: 'o1',
      name: '鼓楼区晨光为老服务中心',
      uscc: USCC.service,
      registrationStatus: '已登记'
    }),
    organization({ id: 'o2', name: '同名服务社' }),
    organization({ id: 'o3', name: '同名服务社' }),
    organization({ id: 'o4', name: '已撤销服务社', archivedAt: '2026-01-02T00:00:00.000Z' })
  ],
  communities: [community({ id: 'c1', name: '军门社区' })],
  socialWorkers: [
    socialWorker({
      id: 'w1',
      name: '林晓梅',
      certLevel: '社会工作师',
      certNo: 'S2019001',
      phone: '13912345678'
    }),
    socialWorker({ id: 'w2', name: '陈志强', idNumber: ID_NUMBER })
  ]
}

describe('a 社工 row', () => {
  it('becomes the form’s draft with its employer and communities found by name', () => {
    const result = dryRunSheet(
      socialWorkerImport,
      HEADER,
      [
        [
          '王芳',
          '女性',
          '社工师',
          's2020007',
          '2027/6/30',
          '鼓楼区晨光为老服务中心',
          '军门社区',
          '老年社会工作、社区营造',
          13800138000,
          null
        ]
      ],
      stored
    )
    expect(errorsOf(result.rows[0]!)).toEqual([])
    expect(result.rows[0]!.draft).toEqual({
      name: '王芳',
      gender: '女',
      certLevel: '社会工作师',
      certNo: 's2020007',
      registrationValidUntil: '2027-06-30',
      employerId: 'o1',
      communityIds: ['c1'],
      specialties: ['老年社会工作', '社区营造'],
      phone: '13800138000',
      idNumber: null
    })
    expect(checkSocialWorker(result.rows[0]!.draft, TODAY).ok).toBe(true)
  })

  it('finds the employer by its USCC too, and refuses an unknown, archived or ambiguous one', () => {
    const rows = ['52350102MA01C7K265', '新开服务社', '已撤销服务社', '同名服务社'].map(
      (employer, index) => [`社工${index}`, '男', '未持证', null, null, employer]
    )
    const result = dryRunSheet(socialWorkerImport, HEADER, rows, stored)
    expect(result.rows[0]!.draft?.employerId).toBe('o1')
    expect(result.rows.slice(1).map(errorsOf)).toEqual([
      ['“所在机构”：“新开服务社”不在社会组织名录中，请先在“社会组织”中登记'],
      ['“所在机构”：社会组织“已撤销服务社”已归档，请先恢复使用'],
      ['“所在机构”：有 2 个名为“同名服务社”的社会组织，请改填它的统一社会信用代码']
    ])
  })

  it('asks for gender and level, never assuming them, and refuses what the form refuses', () => {
    const result = dryRunSheet(socialWorkerImport, HEADER, [
      ['赵敏', null, null],
      ['钱进', '男', '助理社会工作师'],
      ['孙丽', '女', '未持证', 'X1'],
      ['李雷', '未知', '社会工作师', 'X2', null, null, null, null, '123'],
      ['周洁', '女', '未持证', null, null, null, null, null, null, '350102198001011234']
    ])
    expect(result.rows.map(errorsOf)).toEqual([
      ['“性别”：请选择性别', '“职业水平”：请选择职业水平等级'],
      ['“证书编号”：持证社工须填写证书编号'],
      ['“证书编号”：未持证人员不应填写证书编号'],
      [
        '“性别”：“未知”不是可选的值，应为：男、女',
        '“电话”：电话号码格式不正确（手机 11 位，座机带区号）'
      ],
      [expect.stringMatching(/^“身份证号”：.*校验码/)]
    ])
  })

  it('leaves out a masked phone or ID number with a warning, keeping what is stored', () => {
    const result = dryRunSheet(
      socialWorkerImport,
      HEADER,
      [
        [
          '林晓梅',
          '女',
          '社会工作师',
          'S2019001',
          null,
          null,
          null,
          null,
          '139****5678',
          '350102********1233'
        ]
      ],
      stored
    )
    expect(result.rows[0]).toMatchObject({ status: 'existing', patch: {} })
    expect(result.rows[0]!.draft?.phone).toBe('13912345678')
    expect(warningsOf(result.rows[0]!)).toEqual([
      '“电话”：是打码后的值，没有导入（已有记录保留原值）',
      '“身份证号”：是打码后的值，没有导入（已有记录保留原值）'
    ])
  })

  it('is the stored worker of the same certificate number, or else of the same ID number', () => {
    const result = dryRunSheet(
      socialWorkerImport,
      HEADER,
      [
        ['林晓梅', '女', '高级社工师', 's2019001'],
        ['陈志强', '男', '未持证', null, null, null, null, null, null, ID_NUMBER],
        ['林晓梅', '女', '未持证']
      ],
      stored
    )
    expect(
      result.rows.map((row) => [row.status, row.match?.id ?? null, row.match?.by ?? null])
    ).toEqual([
      ['existing', 'w1', '证书编号'],
      ['existing', 'w2', '身份证号'],
      ['new', null, null]
    ])
    expect(result.rows[0]!.patch).toEqual({ certLevel: '高级社会工作师', certNo: 's2019001' })
    expect(warningsOf(result.rows[2]!)).toEqual([
      '“姓名”：已有名为“林晓梅”的社工，本行没有证书编号或身份证号，将作为新社工导入，请确认不是重复录入'
    ])
  })

  it('refuses the same certificate number twice in one file', () => {
    const result = dryRunSheet(socialWorkerImport, HEADER, [
      ['甲', '女', '社会工作师', 'S1'],
      ['乙', '男', '社会工作师', ' s1 ']
    ])
    expect(errorsOf(result.rows[1]!)).toEqual([
      '与第 2 行是同一条社工（证书编号相同），请只保留一行'
    ])
  })
})
