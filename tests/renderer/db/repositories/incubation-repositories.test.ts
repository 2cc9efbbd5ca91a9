import { beforeEach, describe, expect, it } from 'vitest'
import { RecordValidationError } from '@shared/domain/check'
import { blankScores } from '@shared/domain/evaluations/scorecard'
import { DEFAULT_SCORECARD } from '@shared/domain/incubation/incubation-settings'
import type { Organization, OrganizationDraft } from '@shared/domain/organizations/organization'
import { createRepositories, type Repositories } from '@renderer/db/repositories'
import type { CommunityDraft } from '@renderer/db/repositories'
import type { ShelianDatabase } from '@renderer/db/schema'
import { draftOf, freshDb, SAMPLE, sequentialIds, snapshot, tickingClock } from '../helpers'

/** A registered organisation and the community it serves, stored through the repositories. */
async function storedOrganization(repos: Repositories, index = 0): Promise<Organization> {
  const { record: community } = await repos.communities.create(
    draftOf(SAMPLE.communities[index]!) as CommunityDraft
  )
  const org = SAMPLE.organizations.filter((o) => o.registrationStatus === '已登记')[index]!
  const draft = { ...(draftOf(org) as OrganizationDraft), communityIds: [community.id] }
  return (await repos.organizations.create(draft)).record
}

const application = (organizationId: string, appliedOn = '2026-11-16') => ({
  organizationId,
  baseName: '鼓楼区社会组织孵化基地',
  appliedOn,
  preferredMode: '实体' as const,
  note: null
})

const ADMIT = {
  on: '2026-11-18',
  agreementNo: 'GL-2026-017',
  mode: '实体',
  workstation: 'A-12',
  mentor: '陈老师',
  plannedEndOn: null
}

/** All five default dimensions scored `score`. */
const scored = (score: number) =>
  blankScores(DEFAULT_SCORECARD).map((dimension) => ({ ...dimension, score }))

describe('incubation repositories', () => {
  let db: ShelianDatabase
  let repos: Repositories
  let org: Organization

  beforeEach(async () => {
    db = freshDb()
    repos = createRepositories(db, { now: tickingClock(), newId: sequentialIds() })
    await repos.settings.saveGeneral({ operatorName: '张晓梅', officeName: '', backupKeep: 10 })
    org = await storedOrganization(repos)
  })

  async function admittedStay() {
    const { record } = await repos.incubations.apply(application(org.id))
    await repos.incubations.perform(record.id, 'approve', { on: '2026-11-17', note: null })
    return (await repos.incubations.perform(record.id, 'admit', ADMIT)).record
  }

  describe('applications', () => {
    it('opens a stay in 待初核 with its 初核 due date five working days on, and audits it', async () => {
      // Monday 16 November 2026 + 5 working days = Monday 23 November.
      const { record, warnings } = await repos.incubations.apply(application(org.id))
      expect(warnings).toEqual([])
      expect(record).toMatchObject({
        organizationId: org.id,
        status: '待初核',
        appliedOn: '2026-11-16',
        reviewDueOn: '2026-11-23',
        events: [],
        archivedAt: null
      })
      const [entry] = await repos.incubations.history(record.id)
      expect(entry).toMatchObject({ action: 'create', operator: '张晓梅', summary: '入驻申请' })
    })

    it('uses the base’s own 初核 period from 设置', async () => {
      const settings = await repos.settings.getIncubation()
      await repos.settings.saveIncubation({ ...settings, reviewWorkingDays: 10 })
      const { record } = await repos.incubations.apply(application(org.id))
      expect(record.reviewDueOn).toBe('2026-11-30')
    })

    it.each([
      ['an organisation that does not exist', () => application('missing'), '申请入驻的组织不存在'],
      ['a date after today', () => application(org.id, '2026-11-23'), '申请日期不能晚于今天']
    ])('refuses %s and writes nothing', async (_, input, message) => {
      const before = await snapshot(db)
      await expect(repos.incubations.apply(input())).rejects.toMatchObject({
        issues: expect.arrayContaining([expect.objectContaining({ message })])
      })
      expect(await snapshot(db)).toEqual(before)
    })

    it('refuses a second open stay for the same organisation, naming the first', async () => {
      await repos.incubations.apply(application(org.id))
      await expect(repos.incubations.apply(application(org.id))).rejects.toThrow(
        `“${org.name}”已有一条进行中的入驻记录（待初核），一个组织同时只能有一条`
      )
    })

    it('refuses archived and deregistered organisations', async () => {
      await repos.organizations.archive(org.id)
      await expect(repos.incubations.apply(application(org.id))).rejects.toThrow('已归档')
      await repos.organizations.restore(org.id)
      await repos.organizations.update(org.id, { registrationStatus: '注销' })
      await expect(repos.incubations.apply(application(org.id))).rejects.toThrow('已注销')
    })
  })

  describe('workflow steps', () => {
    it('takes a stay from 申请 to 出壳 with a passing 出壳 assessment, recording who and when', async () => {
      const stay = await admittedStay()
      expect(stay).toMatchObject({ status: '孵化中', plannedEndOn: '2027-11-17', mode: '实体' })

      const { record: draft } = await repos.evaluations.create({
        subjectType: 'incubation',
        subjectId: stay.id,
        kind: '出壳',
        evaluatedOn: '2026-11-20',
        evaluators: '王教授、李老师',
        dimensions: scored(85),
        findings: '治理结构完整'
      })
      expect(draft).toMatchObject({ status: '草稿', organizationId: org.id, total: null })

      await expect(
        repos.incubations.perform(stay.id, 'graduate', { on: '2026-11-21', note: null })
      ).rejects.toThrow('出壳前须有一份已定稿且结论合格的出壳评估')

      const { record: final } = await repos.evaluations.finalize(draft.id)
      expect(final).toMatchObject({
        status: '定稿',
        total: 85,
        grade: '良好',
        passed: true,
        finalizedBy: '张晓梅'
      })

      const { record: graduated } = await repos.incubations.perform(stay.id, 'graduate', {
        on: '2026-11-21',
        note: '如期出壳'
      })
      // Saturday 21 November + 15 working days (Mon–Fri, no holidays in between) = 11 December.
      expect(graduated).toMatchObject({
        status: '出壳',
        endedOn: '2026-11-21',
        handoverDueOn: '2026-12-11',
        handedOverOn: null
      })
      expect(graduated.events.map((event) => [event.action, event.from, event.to])).toEqual([
        ['approve', '待初核', '待入驻'],
        ['admit', '待入驻', '孵化中'],
        ['graduate', '孵化中', '出壳']
      ])
      expect(graduated.events.every((event) => event.operator === '张晓梅')).toBe(true)
      const summaries = (await repos.incubations.history(stay.id)).map((entry) => entry.summary)
      expect(summaries).toEqual([
        '入驻申请',
        '初核通过（待初核 → 待入驻）',
        '签订协议入驻（待入驻 → 孵化中）',
        '出壳（孵化中 → 出壳）'
      ])
    })

    it('refuses a step the table does not allow from the current status, and writes nothing', async () => {
      const { record } = await repos.incubations.apply(application(org.id))
      const before = await snapshot(db)
      await expect(
        repos.incubations.perform(record.id, 'graduate', { on: '2026-11-20', note: null })
      ).rejects.toThrow('入驻记录当前为“待初核”，不能出壳')
      expect(await snapshot(db)).toEqual(before)
    })

    it('refuses bad step input with field messages', async () => {
      const { record } = await repos.incubations.apply(application(org.id))
      await repos.incubations.perform(record.id, 'approve', { on: '2026-11-17', note: null })
      await expect(
        repos.incubations.perform(record.id, 'admit', {
          ...ADMIT,
          agreementNo: '',
          workstation: null
        })
      ).rejects.toMatchObject({
        issues: [{ field: 'agreementNo', level: 'error', message: '请填写入驻协议编号' }]
      })
      await expect(
        repos.incubations.perform(record.id, 'admit', { ...ADMIT, workstation: null })
      ).rejects.toMatchObject({
        issues: [{ field: 'workstation', level: 'error', message: '实体孵化须填写工位' }]
      })
    })

    it('allows only as many 续驻 as the base’s settings say', async () => {
      const stay = await admittedStay()
      await repos.incubations.perform(stay.id, 'extend', {
        on: '2026-11-20',
        reason: '项目尚未结项',
        newEndOn: '2028-05-31'
      })
      await expect(
        repos.incubations.perform(stay.id, 'extend', {
          on: '2026-11-21',
          reason: '再次续驻',
          newEndOn: '2028-11-30'
        })
      ).rejects.toThrow('已续驻 1 次，本基地每次入驻最多续驻 1 次')
    })

    it('refuses steps on an archived stay, and restoring it while another stay is open', async () => {
      const { record: first } = await repos.incubations.apply(application(org.id))
      await repos.incubations.archive(first.id)
      await expect(
        repos.incubations.perform(first.id, 'approve', { on: '2026-11-17', note: null })
      ).rejects.toThrow('已归档')
      await repos.incubations.apply(application(org.id, '2026-11-18'))
      await expect(repos.incubations.restore(first.id)).rejects.toThrow('不能同时恢复这一条')
    })

    it('corrects placement details without touching the status or the steps', async () => {
      const stay = await admittedStay()
      const { record } = await repos.incubations.edit(stay.id, { mentor: '周督导' })
      expect(record).toMatchObject({ mentor: '周督导', status: '孵化中', events: stay.events })
      const last = (await repos.incubations.history(stay.id)).at(-1)!
      expect(last).toMatchObject({ action: 'update', changes: { mentor: ['陈老师', '周督导'] } })
      await expect(
        repos.incubations.edit(stay.id, { status: '出壳' } as never)
      ).rejects.toBeInstanceOf(RecordValidationError)
    })
  })

  describe('service log', () => {
    it('records a service against its stay, copying the organisation', async () => {
      const stay = await admittedStay()
      const { record } = await repos.incubationServices.add({
        incubationId: stay.id,
        date: '2026-11-19',
        type: '小额资助',
        hours: 0,
        amountFen: 500_000,
        note: '启动资金'
      })
      expect(record).toMatchObject({ organizationId: org.id, amountFen: 500_000 })
      await expect(repos.incubationServices.listForOrganization(org.id)).resolves.toEqual([record])
    })

    it.each([
      [{ date: '2026-11-10' }, '服务日期不能早于入驻申请日期 2026-11-16'],
      [{ type: '小额资助', amountFen: null }, '小额资助须填写金额'],
      [{ hours: 1.2 }, '服务时长以半小时为单位']
    ])('refuses %o and writes nothing', async (change, message) => {
      const stay = await admittedStay()
      const before = await snapshot(db)
      await expect(
        repos.incubationServices.add({
          incubationId: stay.id,
          date: '2026-11-19',
          type: '培训',
          hours: 2,
          amountFen: null,
          note: null,
          ...change
        } as never)
      ).rejects.toThrow(message)
      expect(await snapshot(db)).toEqual(before)
    })

    it('keeps an entry with its stay and archives mistakes', async () => {
      const stay = await admittedStay()
      const { record } = await repos.incubationServices.add({
        incubationId: stay.id,
        date: '2026-11-19',
        type: '培训',
        hours: 2,
        amountFen: null,
        note: null
      })
      await expect(
        repos.incubationServices.update(record.id, { incubationId: 'other' } as never)
      ).rejects.toThrow('服务记录不能改到另一条入驻记录下')
      const { record: updated } = await repos.incubationServices.update(record.id, { hours: 3 })
      expect(updated.hours).toBe(3)
      const { record: archived } = await repos.incubationServices.archive(record.id)
      expect(archived.archivedAt).not.toBeNull()
    })
  })

  describe('assessments', () => {
    it('refuses to assess a stay still waiting for 初核', async () => {
      const { record } = await repos.incubations.apply(application(org.id))
      await expect(
        repos.evaluations.create({
          subjectType: 'incubation',
          subjectId: record.id,
          kind: '入驻',
          evaluatedOn: '2026-11-17',
          evaluators: '王教授',
          dimensions: scored(70),
          findings: null
        })
      ).rejects.toThrow('入驻记录当前为“待初核”，只有待入驻、孵化中或续驻时可以评估')
    })

    it('freezes a 定稿 assessment: no edits, no archiving, no second 定稿', async () => {
      const stay = await admittedStay()
      const { record } = await repos.evaluations.create({
        subjectType: 'incubation',
        subjectId: stay.id,
        kind: '中期',
        evaluatedOn: '2026-11-20',
        evaluators: '王教授',
        dimensions: scored(75),
        findings: null
      })
      await repos.evaluations.finalize(record.id)
      const before = await snapshot(db)
      await expect(repos.evaluations.update(record.id, { findings: '改一下' })).rejects.toThrow(
        '定稿，不能再修改或归档'
      )
      await expect(repos.evaluations.archive(record.id)).rejects.toThrow('定稿')
      await expect(repos.evaluations.finalize(record.id)).rejects.toThrow('定稿')
      expect(await snapshot(db)).toEqual(before)
    })

    it('grades with the office’s bands and names unscored dimensions', async () => {
      await repos.settings.saveGrading({
        evaluationBands: { 优秀: 95, 良好: 85, 合格: 70 },
        ratingBands: { '5A': 900, '4A': 800, '3A': 700, '2A': 600, '1A': 0 }
      })
      const stay = await admittedStay()
      const partial = scored(65).map((dimension, i) =>
        i === 0 ? { ...dimension, score: null } : dimension
      )
      const { record } = await repos.evaluations.create({
        subjectType: 'incubation',
        subjectId: stay.id,
        kind: '出壳',
        evaluatedOn: '2026-11-20',
        evaluators: '王教授',
        dimensions: partial,
        findings: null
      })
      await expect(repos.evaluations.finalize(record.id)).rejects.toThrow(
        '定稿前须为每个维度打分，还差：内部治理'
      )
      await repos.evaluations.update(record.id, { dimensions: scored(65) })
      const { record: final } = await repos.evaluations.finalize(record.id)
      expect(final).toMatchObject({ total: 65, grade: '不合格', passed: false })
      await expect(
        repos.incubations.perform(stay.id, 'graduate', { on: '2026-11-21', note: null })
      ).rejects.toThrow('出壳前须有一份已定稿且结论合格的出壳评估')
    })
  })

  describe('settings', () => {
    it('audits a change of the base’s rules and refuses weights that do not total 100', async () => {
      const settings = await repos.settings.getIncubation()
      await repos.settings.saveIncubation({ ...settings, handoverWorkingDays: 20 })
      const entries = await db.auditLog
        .where('[table+recordId]')
        .equals(['settings', 'incubation'])
        .toArray()
      expect(entries).toMatchObject([
        { action: 'update', operator: '张晓梅', changes: { handoverWorkingDays: [15, 20] } }
      ])
      const scorecard = settings.scorecard.map((dimension, i) =>
        i === 0 ? { ...dimension, weight: 30 } : dimension
      )
      await expect(repos.settings.saveIncubation({ ...settings, scorecard })).rejects.toThrow(
        '各维度权重合计须为 100，现为 110'
      )
      await expect(repos.settings.getIncubation()).resolves.toMatchObject({
        handoverWorkingDays: 20
      })
    })

    it('warns when an organisation’s grade does not fit the office’s rating bands', async () => {
      const { warnings } = await repos.organizations.update(org.id, {
        rating: { grade: '5A', score: 720, ratedOn: '2025-06-01' }
      })
      expect(warnings).toContainEqual({
        field: 'rating.grade',
        level: 'warning',
        message: '按本单位的分数段，720 分对应 3A，与录入的 5A 不一致，请核对证书'
      })
    })
  })
})
