import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { orgCodeCheckChar } from '../../shared/domain/identifiers/org-code'
import { usccCheckChar } from '../../shared/domain/identifiers/uscc'

/** A 社会服务机构 USCC of 福州鼓楼 with both check characters right; `orgBody` is 8 symbols. */
function uscc(orgBody: string): string {
  const body = `52350102${orgBody}${orgCodeCheckChar(orgBody)}`
  return body + usccCheckChar(body)
}

/**
 * The office's clock, in China: each stage of the round happens on its own day. Time keeps
 * flowing from the day set (a frozen clock would also freeze the notices' timers).
 */
async function onDay(page: Page, day: string, first = false): Promise<void> {
  const time = new Date(`${day}T10:00:00+08:00`)
  if (first) {
    await page.clock.install({ time })
    await page.clock.resume()
  } else {
    await page.clock.setSystemTime(time)
  }
}

const ORGANIZATIONS = [
  { name: '鼓楼区晨光为老服务中心', category: '为老服务', code: 'MA01C7K2', legalRep: '林晓梅' },
  { name: '鼓楼区向阳青少年服务社', category: '青少年服务', code: 'MA02D8L3', legalRep: '陈志远' },
  { name: '鼓楼区和美邻里服务中心', category: '社区治理', code: 'MA03E9M4', legalRep: '黄丽华' }
]

/** Each application, with the score every expert gives it on each criterion (of 20/25/20/15/20). */
const APPLICATIONS = [
  {
    organization: ORGANIZATIONS[0]!.name,
    track: '为老服务',
    title: '银龄探访关爱行动',
    scores: [18, 23, 18, 13, 18]
  },
  {
    organization: ORGANIZATIONS[1]!.name,
    track: '青少年服务',
    title: '四点半课堂',
    scores: [16, 20, 16, 12, 16]
  },
  {
    organization: ORGANIZATIONS[2]!.name,
    track: '社区治理',
    title: '楼道议事会',
    scores: [14, 18, 14, 10, 14]
  }
]

const CRITERIA = ['需求分析', '项目设计', '执行能力', '预算合理性', '预期成效']
const EXPERTS = ['周明', '吴芳', '郑强', '王静', '冯磊']

test.describe('公益创投: a whole round', () => {
  // Three applications scored by five experts through the screens: about 1.5 minutes alone,
  // 3.5 beside another spec on two cores.
  test.setTimeout(600_000)

  test('from set-up to 立项 with three applications and five experts', async ({
    page,
    shell,
    organizations,
    organizationForm,
    organization,
    ventureRounds,
    round,
    reviewerPool,
    applicationsTab,
    application,
    screening,
    reviewTab,
    reviewDay,
    resultsTab
  }) => {
    await onDay(page, '2027-03-10', true)
    await shell.open('/organizations')
    for (const org of ORGANIZATIONS) {
      await organizations.createButton.click()
      await organizationForm.fill({
        name: org.name,
        category: org.category,
        uscc: uscc(org.code),
        legalRepName: org.legalRep
      })
      await organizationForm.save()
      await expect(organization.heading).toHaveText(org.name)
      await organization.backButton.click()
    }

    await ventureRounds.open()
    await ventureRounds.openReviewers()
    for (const [index, name] of EXPERTS.entries()) {
      await reviewerPool.addExpert({ name, affiliation: `福州大学社会学系${index + 1}` })
    }

    await ventureRounds.roundsTab.click()
    await ventureRounds.createRound({
      year: 2027,
      name: '鼓楼区 2027 年度社区公益微创投',
      fundPool: '30万',
      perProjectCap: '15万',
      aggregation: '去掉一个最高分和一个最低分后的平均分（5 人及以上）'
    })
    await expect(round.heading).toHaveText('鼓楼区 2027 年度社区公益微创投')
    await round.takeStage('开始征集')
    await expect(round.status('征集中')).toBeVisible()

    // Three applications, each with a budget of 200,000.00 元 asking the 60 % maximum.
    for (const entry of APPLICATIONS) {
      await round.switchTab('申报书')
      await applicationsTab.newApplication(entry)
      await application.fill({
        beneficiaries: [{ type: '社区居民', count: 150 }],
        problem: '社区服务供给不足，居民需求未得到回应。',
        objectives: '一年内为 150 名居民提供常态化服务。',
        activities: [{ month: '2027-07', content: '启动活动与需求调研' }],
        budgetLines: [{ category: '人员费', item: '项目社工', unitPrice: '100000', quantity: 2 }],
        requested: '150000',
        matching: '50000',
        contactName: '王敏',
        contactPhone: '13812345678'
      })
      // 60 % of 200,000.00 元 is 120,000.00: the live check says by how much it is over.
      await expect(application.issueItems.filter({ hasText: '超出 30,000.00 元' })).toHaveCount(1)
      await application.fill({ requested: '120000', matching: '80000' })
      await expect(application.readyNotice).toBeVisible()
      await application.save()
      await application.submit()
      await expect(application.statusTag).toHaveText('已提交')
      await page.goBack()
    }

    // 初审 after the deadline.
    await onDay(page, '2027-04-02')
    await shell.reload()
    await round.takeStage('截止申报')
    await round.switchTab('初审')
    for (const entry of APPLICATIONS) {
      await screening.pass(entry.title, '材料齐全，符合申报条件')
    }

    // 评审: every expert on every application.
    await round.switchTab('评审')
    await expect(await reviewTab.assign(5)).toContainText('15')
    await round.takeStage('开始评审')
    await reviewTab.enterReviewDay()
    for (const expert of EXPERTS) {
      await reviewDay.chooseExpert(expert)
      for (const entry of APPLICATIONS) {
        await reviewDay.openApplication(entry.title)
        // Nothing to score before the declaration.
        await expect(reviewDay.score(CRITERIA[0]!)).toHaveCount(0)
        await reviewDay.declareNoConflict()
        for (const [index, criterion] of CRITERIA.entries()) {
          await reviewDay.fillScore(criterion, entry.scores[index]!)
        }
        await reviewDay.fillComment('项目设计合理，建议加强成效评估。')
        await reviewDay.submit()
        await reviewDay.backToList()
      }
      await reviewDay.switchExpert()
    }
    await reviewDay.exitLink.click()
    for (const entry of APPLICATIONS) {
      await expect(reviewTab.complete(entry.title)).toBeVisible()
    }

    // 结果: 90 / 80 / 70 points; two grants of 120,000.00 元 fit the 300,000.00 元 pool.
    await round.switchTab('结果')
    expect(await resultsTab.result('银龄探访关爱行动')).toMatchObject({
      rank: '1',
      score: expect.stringMatching(/^90(\.00?)?$/),
      grant: '120,000.00',
      status: '资助'
    })
    expect(await resultsTab.result('四点半课堂')).toMatchObject({ rank: '2', status: '资助' })
    expect(await resultsTab.result('楼道议事会')).toMatchObject({ rank: '3', status: '未资助' })

    // Beyond the pool by hand is refused with the amount; within it, the reason is kept.
    await resultsTab.adjustGrant('楼道议事会', '80000', '评审会议决定部分资助')
    await expect(resultsTab.adjustDialog('楼道议事会')).toContainText('超出 20,000.00 元')
    await resultsTab.adjustDialog('楼道议事会').getByLabel('调整后的资助金额（元）').fill('60000')
    await resultsTab
      .adjustDialog('楼道议事会')
      .getByRole('button', { name: /保\s*存/ })
      .click()
    await expect(resultsTab.adjustDialog('楼道议事会')).toBeHidden()
    expect(await resultsTab.result('楼道议事会')).toMatchObject({
      grant: '60,000.00',
      status: '资助'
    })

    await resultsTab.publish('2027-05-06', '2027-05-12')
    expect(await resultsTab.published('楼道议事会')).toMatchObject({ grant: '60,000.00' })

    await onDay(page, '2027-05-08')
    await shell.reload()
    await resultsTab.addObjection({
      target: '四点半课堂',
      from: '匿名',
      content: '该项目与去年的项目重复'
    })
    await expect(resultsTab.approvalRefusal()).toContainText('公示期至 2027-05-12 结束')
    await resultsTab.answerObjection('匿名', {
      response: '经核实，两年项目内容不同，维持原结果',
      outcome: '维持原结果'
    })

    // 立项 after the period: three projects with their 50 / 30 / 20 tranches.
    await onDay(page, '2027-05-20')
    await shell.reload()
    await resultsTab.approve()
    await expect(round.status('已立项')).toBeVisible()
    const projects = await resultsTab.projects()
    const listed = projects.map((project) => [project.title, project.amount, project.status])
    expect(listed.sort()).toEqual(
      [
        ['银龄探访关爱行动', '120,000.00', '待签约'],
        ['四点半课堂', '120,000.00', '待签约'],
        ['楼道议事会', '60,000.00', '待签约']
      ].sort()
    )
    expect(await resultsTab.trancheAmounts('楼道议事会')).toEqual([
      '30,000.00',
      '18,000.00',
      '12,000.00'
    ])
  })
})
