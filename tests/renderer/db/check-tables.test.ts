import { describe, expect, it } from 'vitest'
import { checkTables, describeProblems, type TableSet } from '@renderer/db/check-tables'
import { DELIVERY_TABLES, LINKAGE_TABLES, RECORD_TABLES, VENTURE_TABLES } from '@renderer/db/schema'
import { generateSampleData } from '@shared/sample-data/generate'
import { SAMPLE, TODAY } from './helpers'

const purchase = SAMPLE.projects.find(
  (project) => project.channel === '政府购买服务' && project.status === '执行中'
)!
const purchaseIndex = SAMPLE.projects.indexOf(purchase)

/** The demo set with `change` applied, checked as a bulk load checks it. */
function problems(change: TableSet): string[] {
  const input: TableSet = { ...SAMPLE, ...change }
  return describeProblems(checkTables(input, TODAY, { source: '这批数据' }).problems)
}

/** `rows` with the row at `index` patched. */
function patched<T>(rows: readonly T[], index: number, patch: Partial<T>): T[] {
  return rows.map((row, i) => (i === index ? { ...row, ...patch } : row))
}

const first = <T extends { projectId: string }>(rows: readonly T[], projectId = purchase.id) =>
  rows.findIndex((row) => row.projectId === projectId)

describe('checkTables: the sample data', () => {
  it('finds nothing wrong with the demo set and returns every row as generated', () => {
    const result = checkTables(SAMPLE, TODAY)
    expect(describeProblems(result.problems)).toEqual([])
    for (const table of [
      ...RECORD_TABLES,
      ...VENTURE_TABLES,
      ...DELIVERY_TABLES,
      ...LINKAGE_TABLES
    ]) {
      expect(result.tables[table], table).toEqual(SAMPLE[table])
    }
  })

  it('finds nothing wrong on other days of the year either', () => {
    for (const today of ['2027-01-02', '2026-06-15', '2025-10-05']) {
      const sample = generateSampleData({ today, seed: 7 })
      expect(describeProblems(checkTables(sample, today).problems), today).toEqual([])
    }
  })
})

describe('checkTables: the service catalogue', () => {
  const items = SAMPLE.catalogueItems

  it('checks each item by the catalogue rule, naming it', () => {
    expect(problems({ catalogueItems: patched(items, 2, { unit: '' }) })).toEqual([
      `第 3 条服务目录事项（${items[2]!.name}）：请填写计量单位`
    ])
  })

  it('refuses a code or a name used twice among the items in use', () => {
    expect(problems({ catalogueItems: patched(items, 4, { code: items[1]!.code }) })).toEqual([
      `第 5 条服务目录事项（${items[4]!.name}）：目录编码 ${items[1]!.code} 与“${items[1]!.name}”重复`
    ])
    expect(problems({ catalogueItems: patched(items, 4, { name: items[1]!.name }) })).toEqual([
      `第 5 条服务目录事项（${items[1]!.name}）：“${items[1]!.list}”中已有同名事项`
    ])
  })

  it('lets an archived item share the code of the one that replaced it', () => {
    const archived = patched(items, 4, {
      code: items[1]!.code,
      archivedAt: '2026-01-01T02:00:00.000Z'
    })
    expect(problems({ catalogueItems: archived })).toEqual([])
  })
})

describe('checkTables: 政府购买服务 projects', () => {
  it('checks a purchase project’s catalogue items, bidders and team against the set', () => {
    const where = `第 ${purchaseIndex + 1} 条项目（${purchase.title}）`
    const details = purchase.purchase!
    const changed = (patch: Partial<typeof purchase>) =>
      problems({ projects: patched(SAMPLE.projects, purchaseIndex, patch) })
    expect(
      changed({
        purchase: { ...details, catalogueItemIds: [...details.catalogueItemIds, 'gone'] }
      })
    ).toEqual([`${where}：购买服务目录事项中有 1 项在这批数据中找不到`])
    expect(changed({ socialWorkerIds: [...purchase.socialWorkerIds, 'nobody'] })).toEqual([
      `${where}：项目团队中有 1 名社工在这批数据中找不到`
    ])
    const { procurement } = details
    const bidders = procurement.bidders.map((bidder, index) =>
      index === procurement.awardedIndex ? bidder : { ...bidder, organizationId: 'gone' }
    )
    const others = bidders.length - 1
    expect(changed({ purchase: { ...details, procurement: { ...procurement, bidders } } })).toEqual(
      others > 0 ? [`${where}：参与采购的供应商中有 ${others} 家组织在这批数据中找不到`] : []
    )
    expect(changed({ organizationId: 'gone' })).toContain(`${where}：承接组织在这批数据中找不到`)
  })

  it('holds a project’s live tranches to its amount, each number once', () => {
    const index = first(SAMPLE.payments)
    const payment = SAMPLE.payments[index]!
    expect(
      problems({ payments: patched(SAMPLE.payments, index, { amountFen: payment.amountFen + 1 }) })
    ).toEqual([
      expect.stringMatching(
        new RegExp(
          `^第 ${purchaseIndex + 1} 条项目（${purchase.title}）：各期拨付合计 .+ 元，项目金额为 .+ 元，两者不符$`
        )
      )
    ])
    const other = SAMPLE.payments.findIndex(
      (row) => row.projectId === purchase.id && row.no !== payment.no
    )
    expect(problems({ payments: patched(SAMPLE.payments, other, { no: payment.no }) })).toEqual([
      `第 ${other + 1} 条拨付：同一项目有两条第 ${payment.no} 期拨付`
    ])
  })
})

describe('checkTables: delivery rows', () => {
  it('checks every row by its stored rule', () => {
    const agreement = first(SAMPLE.agreements)
    const activity = first(SAMPLE.activities)
    const amendment = SAMPLE.amendments.findIndex((row) => row.status === '已批准')
    const paid = SAMPLE.payments.findIndex((row) => row.status === '已拨付')
    const evaluation = SAMPLE.projectEvaluations.findIndex((row) => row.status === '定稿')
    const mutual = SAMPLE.mutualEvaluations.findIndex((row) => row.status === '定稿')
    const titleOf = (index: number) => SAMPLE.agreements[index]!.title
    expect(
      problems({ agreements: patched(SAMPLE.agreements, agreement, { signedBy: null }) })
    ).toEqual([
      `第 ${agreement + 1} 条协议合同（${titleOf(agreement)}）：已签订的协议缺少签订日期或经办人`
    ])
    expect(
      problems({ amendments: patched(SAMPLE.amendments, amendment, { decidedBy: null }) })
    ).toEqual([`第 ${amendment + 1} 条合同变更：已审批的变更缺少审批日期或审批人`])
    expect(problems({ payments: patched(SAMPLE.payments, paid, { voucherNo: null }) })).toEqual([
      `第 ${paid + 1} 条拨付：第 ${SAMPLE.payments[paid]!.no} 期的拨付日期和凭证号须同时填写`
    ])
    expect(
      problems({ activities: patched(SAMPLE.activities, activity, { date: '2026-12-01' }) })
    ).toEqual([
      `第 ${activity + 1} 条服务记录（${SAMPLE.activities[activity]!.title}）：活动日期 2026-12-01 晚于今天`
    ])
    const total = SAMPLE.projectEvaluations[evaluation]!.total!
    expect(
      problems({
        projectEvaluations: patched(SAMPLE.projectEvaluations, evaluation, { total: total - 1 })
      })
    ).toEqual([`第 ${evaluation + 1} 条项目评估：定稿评估的总分 ${total - 1} 与各指标得分合计不符`])
    const held = SAMPLE.mutualEvaluations[mutual]!
    expect(
      problems({
        mutualEvaluations: patched(SAMPLE.mutualEvaluations, mutual, {
          sheets: [{ ...held.sheets[0], submittedAt: null }, held.sheets[1]]
        })
      })
    ).toEqual([`第 ${mutual + 1} 条双向评估：定稿的双向评估须双方评价表都已提交`])
  })

  it('refuses rows of a project that is not in the set', () => {
    const kept = SAMPLE.projects.filter((project) => project.id !== purchase.id)
    // Without the needs matched to it, which would name it too (see 三社联动 below).
    const lines = problems({ projects: kept, needs: [], needMatches: [] })
    for (const table of [
      ['agreements', '协议合同'],
      ['payments', '拨付'],
      ['activities', '服务记录']
    ] as const) {
      const rows: readonly { projectId: string }[] = SAMPLE[table[0]]
      const index = first(rows)
      expect(lines.join('\n'), table[0]).toContain(`第 ${index + 1} 条${table[1]}`)
    }
    expect(lines.every((line) => line.endsWith('所属的项目在这批数据中找不到'))).toBe(true)
  })

  it('refuses an activity in a community or by a social worker that is not in the set', () => {
    const index = SAMPLE.activities.findIndex((row) => row.communityId !== null)
    const activity = SAMPLE.activities[index]!
    const where = `第 ${index + 1} 条服务记录（${activity.title}）`
    expect(
      problems({ activities: patched(SAMPLE.activities, index, { communityId: 'elsewhere' }) })
    ).toEqual([`${where}：活动社区在这批数据中找不到`])
    expect(
      problems({
        activities: patched(SAMPLE.activities, index, {
          socialWorkerIds: [...activity.socialWorkerIds, 'nobody']
        })
      })
    ).toEqual([`${where}：参与社工中有 1 名社工在这批数据中找不到`])
  })

  it('refuses an amendment of an agreement that is missing or belongs to another project', () => {
    const index = 0
    const amendment = SAMPLE.amendments[index]!
    const otherAgreement = SAMPLE.agreements.find((row) => row.projectId !== amendment.projectId)!
    expect(
      problems({ amendments: patched(SAMPLE.amendments, index, { agreementId: 'gone' }) })
    ).toEqual(['第 1 条合同变更：所变更的协议在这批数据中找不到'])
    expect(
      problems({
        amendments: patched(SAMPLE.amendments, index, { agreementId: otherAgreement.id })
      })
    ).toEqual(['第 1 条合同变更：变更的项目与所变更协议的项目不一致'])
  })

  it('allows one live agreement per project and a contract number once', () => {
    const [a, b] = [0, 1]
    const agreements = SAMPLE.agreements
    expect(
      problems({ agreements: patched(agreements, b, { number: agreements[a]!.number }) })
    ).toEqual([
      `第 2 条协议合同（${agreements[b]!.title}）：合同编号 ${agreements[a]!.number} 与“${agreements[a]!.title}”重复`
    ])
    const second = { ...agreements[a]!, id: 'second', number: 'GMFW-2099-999' }
    expect(problems({ agreements: [...agreements, second] })).toEqual([
      `第 ${agreements.length + 1} 条协议合同（${second.title}）：同一项目已有一份有效的协议`
    ])
    expect(
      problems({
        agreements: [...agreements, { ...second, archivedAt: '2026-01-01T02:00:00.000Z' }]
      })
    ).toEqual([])
  })

  it('ties an evaluation to its project’s organisation and its versions to each other', () => {
    const corrected = SAMPLE.projectEvaluations.findIndex((row) => row.supersedesId !== null)
    const firstVersion = SAMPLE.projectEvaluations.findIndex(
      (row) => row.id === SAMPLE.projectEvaluations[corrected]!.supersedesId
    )
    expect(
      problems({
        projectEvaluations: patched(SAMPLE.projectEvaluations, corrected, {
          organizationId: SAMPLE.organizations.find(
            (org) => org.id !== SAMPLE.projectEvaluations[corrected]!.organizationId
          )!.id
        })
      })
    ).toEqual([`第 ${corrected + 1} 条项目评估：评估的组织与项目的承接组织不一致`])
    expect(
      problems({
        projectEvaluations: SAMPLE.projectEvaluations.filter((_, i) => i !== firstVersion)
      })
    ).toEqual([`第 ${corrected} 条项目评估：所更正的评估版本在这批数据中找不到`])
  })
})

describe('checkTables: 三社联动', () => {
  const { needs, needMatches: matches, resources } = SAMPLE
  const needAt = (index: number) => `第 ${index + 1} 条需求清单（${needs[index]!.name}）`
  const resourceAt = (index: number) => `第 ${index + 1} 条资源清单（${resources[index]!.name}）`
  const matchAt = (index: number) => `第 ${index + 1} 条对接记录`

  it('checks every row by its stored rule, an expired resource only warned about', () => {
    const resolved = needs.findIndex((need) => need.status === '已解决')
    const open = needs.findIndex((need) => need.status === '待对接')
    const withdrawn = matches.findIndex((match) => match.withdrawnAt !== null)
    const money = resources.findIndex((resource) => resource.type === '资金')
    expect(resources.some((resource) => resource.availableUntil! < TODAY)).toBe(true)
    expect(problems({ needs: patched(needs, resolved, { resolution: null }) })).toEqual([
      `${needAt(resolved)}：已解决的需求“${needs[resolved]!.name}”缺少解决情况`
    ])
    expect(problems({ needs: patched(needs, open, { raisedOn: '2026-12-01' }) })).toEqual([
      `${needAt(open)}：提出日期不能晚于今天`
    ])
    expect(
      problems({ needMatches: patched(matches, withdrawn, { withdrawReason: null }) })
    ).toEqual([`${matchAt(withdrawn)}：已撤销的对接缺少撤销人或撤销原因`])
    expect(problems({ resources: patched(resources, money, { amountFen: null }) })).toEqual([
      `${resourceAt(money)}：资金类资源须填写资金金额`
    ])
    expect(
      problems({ needMatches: patched(matches, 0, { matchedAt: '2026-11-22 上午' }) })
    ).toEqual([`${matchAt(0)}：对接时间（matchedAt）不是有效的时间`])
  })

  it('refuses a resource whose provider or communities are not in the set', () => {
    const index = resources.findIndex((resource) => resource.organizationId !== null)
    const resource = resources[index]!
    expect(problems({ resources: patched(resources, index, { organizationId: 'gone' }) })).toEqual([
      `${resourceAt(index)}：提供资源的社会组织在这批数据中找不到`
    ])
    expect(
      problems({
        resources: patched(resources, index, {
          communityIds: [...resource.communityIds, 'elsewhere']
        })
      })
    ).toEqual([`${resourceAt(index)}：服务社区中有 1 个社区在这批数据中找不到`])
  })

  it('refuses a need whose community or projects are not in the set', () => {
    const index = needs.findIndex((need) => need.projectIds.length > 0)
    const need = needs[index]!
    expect(problems({ needs: patched(needs, index, { communityId: 'elsewhere' }) })).toEqual([
      `${needAt(index)}：需求所在的社区在这批数据中找不到`
    ])
    expect(
      problems({ needs: patched(needs, index, { projectIds: [...need.projectIds, 'gone'] }) })
    ).toEqual([`${needAt(index)}：对接项目中有 1 个项目在这批数据中找不到`])
  })

  it('holds a merged need archived, pointing at a need of its own community', () => {
    const index = needs.findIndex((need) => need.mergedIntoId !== null)
    const duplicate = needs[index]!
    const target = needs.find((need) => need.id === duplicate.mergedIntoId)!
    expect(target.mergedIntoId).toBeNull()
    expect(problems({ needs: patched(needs, index, { archivedAt: null }) })).toEqual([
      `${needAt(index)}：已合并到“${target.name}”的需求应已归档`
    ])
    const elsewhere = SAMPLE.communities.find((c) => c.id !== duplicate.communityId)!
    expect(problems({ needs: patched(needs, index, { communityId: elsewhere.id }) })).toEqual([
      `${needAt(index)}：与合并到的需求“${target.name}”不在同一社区`
    ])
    expect(problems({ needs: patched(needs, index, { mergedIntoId: 'gone' }) })).toEqual([
      `${needAt(index)}：合并到的需求在这批数据中找不到`
    ])
    expect(problems({ needs: patched(needs, index, { mergedIntoId: duplicate.id }) })).toEqual([
      `${needAt(index)}：需求不能合并到自身`
    ])
  })

  it('refuses a match whose need, target or what it brings together is not in the set', () => {
    const index = matches.findIndex(
      (match) =>
        match.target === 'project' &&
        match.socialWorkerIds.length > 0 &&
        match.organizationId !== null
    )
    const match = matches[index]!
    const changed = (patch: Partial<typeof match>) =>
      problems({ needMatches: patched(matches, index, patch) })
    const where = matchAt(index)
    expect(changed({ needId: 'gone' })).toEqual([`${where}：对接的需求在这批数据中找不到`])
    expect(changed({ projectId: 'gone' })).toEqual([`${where}：对接的项目在这批数据中找不到`])
    expect(changed({ organizationId: 'gone' })).toEqual([
      `${where}：对接的社会组织在这批数据中找不到`
    ])
    expect(changed({ socialWorkerIds: [...match.socialWorkerIds, 'nobody'] })).toEqual([
      `${where}：对接的社工中有 1 名社工在这批数据中找不到`
    ])
    expect(changed({ resourceIds: [...match.resourceIds, 'gone'] })).toEqual([
      `${where}：对接的资源中有 1 项资源在这批数据中找不到`
    ])
    const drafted = matches.findIndex((row) => row.target === 'application')
    expect(problems({ needMatches: patched(matches, drafted, { applicationId: 'gone' }) })).toEqual(
      [`${matchAt(drafted)}：对接的申报书在这批数据中找不到`]
    )
  })

  it('refuses the matches of a need that is not in the set', () => {
    const { needId } = matches[0]!
    const own = matches.flatMap((match, index) => (match.needId === needId ? [index] : []))
    expect(problems({ needs: needs.filter((need) => need.id !== needId) })).toEqual(
      own.map((index) => `${matchAt(index)}：对接的需求在这批数据中找不到`)
    )
  })

  it('refuses an application whose 关联需求 are not in the set', () => {
    const index = SAMPLE.applications.findIndex((application) => application.title !== '')
    const application = SAMPLE.applications[index]!
    expect(
      problems({ applications: patched(SAMPLE.applications, index, { needIds: ['gone'] }) })
    ).toEqual([
      `第 ${index + 1} 条申报书（${application.title}）：关联需求中有 1 条需求在这批数据中找不到`
    ])
    expect(
      problems({
        applications: patched(SAMPLE.applications, index, { needIds: [needs[0]!.id] })
      })
    ).toEqual([])
  })
})

describe('checkTables: settings', () => {
  const general = {
    key: 'general',
    value: { operatorName: '张晓梅', officeName: '军门社区', backupKeep: 7 },
    updatedAt: '2026-11-22T01:30:01.000Z'
  }

  it('accepts the groups the app writes', () => {
    expect(problems({ settings: [general] })).toEqual([])
  })

  it('refuses a key the app never writes, however it is spelled, naming its start', () => {
    for (const key of ['colour', '__proto__', 'constructor', `社${'社'.repeat(10_000)}`]) {
      const lines = problems({ settings: [general, { ...general, key }] })
      expect(lines, key).toHaveLength(1)
      expect(lines[0]).toMatch(/^第 2 条设置：“[^”]{1,40}…?”不是本软件的设置项$/u)
    }
  })
})

describe('checkTables: the problem lines', () => {
  it('name a record by the start of its name only, however long the name is', () => {
    const name = `鼓楼区${'很'.repeat(200_000)}长的社会组织`
    const lines = problems({
      organizations: patched(SAMPLE.organizations, 1, { name, registrationStatus: '未知' as never })
    })
    expect(lines.length).toBeGreaterThan(0)
    for (const line of lines) {
      expect(line).toMatch(/^第 2 条社会组织（鼓楼区很+…）：/)
      expect(line.length).toBeLessThan(200)
    }
  })
})
