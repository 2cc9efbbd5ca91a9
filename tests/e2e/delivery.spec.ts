import type { Page } from '@playwright/test'
import { expect, test as base } from './fixtures'
import { orgCodeCheckChar } from '../../shared/domain/identifiers/org-code'
import { usccCheckChar } from '../../shared/domain/identifiers/uscc'
import { EvaluationsTab, MutualEvaluationsTab } from './pages/delivery-evaluation-pages'
import {
  AgreementTab,
  ProjectPage,
  ProjectsPage,
  PurchaseProjectForm
} from './pages/delivery-project-pages'
import { ActivitiesTab, PaymentsTab } from './pages/delivery-record-pages'

const test = base.extend<{
  projects: ProjectsPage
  purchaseForm: PurchaseProjectForm
  project: ProjectPage
  agreementTab: AgreementTab
  activitiesTab: ActivitiesTab
  paymentsTab: PaymentsTab
  evaluationsTab: EvaluationsTab
  mutualTab: MutualEvaluationsTab
}>({
  projects: async ({ page }, use) => use(new ProjectsPage(page)),
  purchaseForm: async ({ page }, use) => use(new PurchaseProjectForm(page)),
  project: async ({ page }, use) => use(new ProjectPage(page)),
  agreementTab: async ({ page }, use) => use(new AgreementTab(page)),
  activitiesTab: async ({ page }, use) => use(new ActivitiesTab(page)),
  paymentsTab: async ({ page }, use) => use(new PaymentsTab(page)),
  evaluationsTab: async ({ page }, use) => use(new EvaluationsTab(page)),
  mutualTab: async ({ page }, use) => use(new MutualEvaluationsTab(page))
})

/** A 社会服务机构 USCC of 福州鼓楼 with both check characters right; `orgBody` is 8 symbols. */
function uscc(orgBody: string): string {
  const body = `52350102${orgBody}${orgCodeCheckChar(orgBody)}`
  return body + usccCheckChar(body)
}

/**
 * The office's clock, in China: each stage of the contract year happens on its own day. Time
 * keeps flowing from the day set (a frozen clock would also freeze the notices' timers).
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

const PROVIDER = {
  name: '鼓楼区军门颐康养老服务中心',
  category: '为老服务',
  code: 'MA05G1P6',
  legalRep: '陈淑芳'
}
const PURCHASER = '鼓楼区军门街道办事处'
const TITLE = '军门街道社区养老服务站运营项目'
const CONTRACT_NO = 'JM-GM-2027-031'
const SELF_EVALUATION = '单位自评（产出 50 / 效益 30 / 满意度 10 / 预算执行率 10）'

const TERMS = [
  '一、服务内容：军门社区养老服务站的日常运营、助餐和文娱活动。',
  '二、服务数量：全年开展活动不少于 24 场，服务不少于 600 人次。',
  '三、服务质量：服务对象满意度不低于 90%。',
  '四、资金结算方式：按 50%、30%、20% 分三期拨付，第二、三期以中期、末期评估合格为条件。',
  '五、双方权利义务：甲方按时拨付并协调资源，乙方按合同提供服务并接受评估。',
  '六、违约责任：乙方未按合同提供服务的，甲方可暂缓拨付并要求追回。'
].join('\n')

/** The 单位自评 leaves' scores at 中期: 83 of 100 in all. */
const MIDTERM_SCORES = {
  活动场次: 8,
  服务人次: 8,
  志愿服务时长: 7,
  质量达标率: 9,
  完成及时性: 9,
  服务对象问题改善率: 16,
  服务机制可持续性: 8,
  服务对象满意度: 9,
  预算执行率: 9
}

/** Each side's sheet: its own obligations (自评) and the other side's (他评). */
const PURCHASER_SHEET = {
  rater: '林建华',
  scores: {
    按时足额拨付: 20,
    需求明确: 18,
    指导支持: 18,
    不摊派合同外行政任务: 20,
    协调资源: 18,
    按合同提供服务: 18,
    服务质量与专业性: 17,
    人员配备稳定: 18,
    台账资料规范: 16,
    资金使用规范: 18
  }
}
const PROVIDER_SHEET = {
  rater: '陈淑芳',
  scores: {
    按时足额拨付: 12,
    需求明确: 16,
    指导支持: 17,
    不摊派合同外行政任务: 14,
    协调资源: 18,
    按合同提供服务: 19,
    服务质量与专业性: 18,
    人员配备稳定: 18,
    台账资料规范: 18,
    资金使用规范: 19
  },
  comments: {
    按时足额拨付: '第一期签约后未按期拨付',
    不摊派合同外行政任务: '多次被要求填报合同外的统计报表'
  }
}

test.describe('政府购买服务: a contract year', () => {
  // One long flow through every tab of a project: about 2 minutes alone, more beside another
  // spec on two cores.
  test.setTimeout(600_000)

  test('from the contract to the 中期 tranche and a 双向评估', async ({
    page,
    shell,
    settingsPage,
    organizations,
    organizationForm,
    organization,
    projects,
    purchaseForm,
    project,
    agreementTab,
    activitiesTab,
    paymentsTab,
    evaluationsTab,
    mutualTab
  }) => {
    // 2027-03-22: the sample city, the office's operator and the provider.
    await onDay(page, '2027-03-22', true)
    await shell.open('/settings')
    await settingsPage.loadSampleData()
    await settingsPage.fill({ operatorName: '张敏', officeName: PURCHASER })
    await settingsPage.save()
    await expect(settingsPage.savedMessage).toBeVisible()

    await shell.open('/organizations')
    await organizations.createButton.click()
    await organizationForm.fill({
      name: PROVIDER.name,
      category: PROVIDER.category,
      uscc: uscc(PROVIDER.code),
      legalRepName: PROVIDER.legalRep
    })
    await organizationForm.save()
    await expect(organization.heading).toHaveText(PROVIDER.name)

    // The contract, bought by 单一来源采购 from the 服务目录 for 300,000.00 元 over one year.
    await projects.open()
    await projects.createButton.click()
    await purchaseForm.fill({
      title: TITLE,
      purchaser: PURCHASER,
      catalogueItem: '社区养老服务站运营',
      budgetSource: '一般公共预算',
      organization: PROVIDER.name,
      community: '军门社区',
      amount: '300000',
      startOn: '2027-04-01',
      procurement: {
        method: '单一来源采购',
        fields: {
          单一来源理由: '该中心是军门社区养老服务站的原运营方，场地和设备与其服务不可分割',
          公示日期: '2027-03-08'
        },
        bidders: [{ name: PROVIDER.name, quote: '300000' }],
        awarded: PROVIDER.name,
        awardedOn: '2027-03-18'
      },
      template: SELF_EVALUATION
    })
    await expect(purchaseForm.amountInWords).toHaveText('大写：人民币叁拾万元整')
    await expect(purchaseForm.field('服务结束日期')).toHaveValue('2028-03-31')
    await expect(purchaseForm.periodLength).toHaveText('合同期 12 个月')
    // The plan a new purchase starts from: 50 / 30 / 20 on 签约, 中期 and 末期.
    for (const [no, percent, gate] of [
      [1, '50', '签约后'],
      [2, '30', '中期评估合格后'],
      [3, '20', '末期评估合格后']
    ] as const) {
      await expect(purchaseForm.tranche(no).percent).toHaveValue(percent)
      await expect(purchaseForm.tranche(no).gate).toHaveText(gate)
    }
    await expect(purchaseForm.trancheTotal).toHaveText('比例合计 100% / 100%')
    await expect(purchaseForm.trancheAmounts).toHaveText([
      '150,000.00 元',
      '90,000.00 元',
      '60,000.00 元'
    ])
    await purchaseForm.save()
    await expect(project.message(`已新建项目：${TITLE}`)).toBeVisible()
    await expect(project.heading).toHaveText(TITLE)
    await expect(project.statusTag).toHaveText('待签约')
    await expect(project.summary).toContainText('300,000.00 元（人民币叁拾万元整）')
    await expect(project.summary).toContainText('2028-03-31')
    const route = project.route()

    // The agreement: drafted from the project, then signed and locked; the project runs.
    await project.switchTab('协议与变更')
    await agreementTab.openDraft()
    await expect(agreementTab.field('甲方')).toHaveValue(PURCHASER)
    await expect(agreementTab.field('乙方')).toHaveValue(PROVIDER.name)
    await expect(agreementTab.field('合同金额（元）')).toHaveValue('300000.00')
    await agreementTab.fillDraft({ number: CONTRACT_NO, terms: TERMS })
    await expect(agreementTab.headings).toContainText('违约责任：已写明')
    await expect(agreementTab.headings).not.toContainText('未写明')
    await agreementTab.saveDraft()
    await agreementTab.sign(CONTRACT_NO)
    await expect(project.message('协议已签订，项目转为执行中')).toBeVisible()
    await expect(project.statusTag).toHaveText('执行中')
    await expect(agreementTab.lockedNotice).toContainText(
      `协议 ${CONTRACT_NO} 已于 2027-03-22 签订`
    )

    // 2027-07-20: two activities so far.
    await onDay(page, '2027-07-20')
    await project.open(route, '服务记录')
    await activitiesTab.add({
      date: '2027-05-16',
      community: '军门社区',
      title: '长者集体生日会',
      participants: 60,
      volunteers: 8,
      volunteerHours: 16
    })
    await activitiesTab.add({
      date: '2027-07-12',
      community: '军门社区',
      title: '防范养老诈骗讲座',
      participants: 45,
      volunteers: 4,
      volunteerHours: 6
    })
    await expect(activitiesTab.row('长者集体生日会')).toBeVisible()
    await expect(activitiesTab.row('防范养老诈骗讲座')).toBeVisible()
    await expect(activitiesTab.total('活动场次')).toHaveText(/活动场次\s*2\s*场/)
    await expect(activitiesTab.total('服务人次')).toHaveText(/服务人次\s*105\s*人次/)
    await expect(activitiesTab.total('志愿服务时长')).toHaveText(/志愿服务时长\s*22\s*小时/)

    // 2027-09-30, the midpoint of the year: the 中期 evaluation is due today.
    await onDay(page, '2027-09-30')
    await project.open(route)
    await expect(project.dueItem('中期评估')).toContainText('2027-09-30 · 今天到期')

    await project.switchTab('评估')
    await evaluationsTab.create({ kind: '中期', mode: '购买方评价', evaluators: '林建华、吴佳' })
    await expect(evaluationsTab.sheetTitle('中期评估 第 1 版（草稿）')).toBeVisible()
    await expect(evaluationsTab.gateNotice).toContainText(
      '本评估定稿后决定第 2 期（30%，90,000.00 元，中期评估合格后）的拨付'
    )
    await evaluationsTab.fillScores({
      scores: MIDTERM_SCORES,
      survey: { surveyed: 50, satisfied: 46 },
      findings: '服务站运营规范，活动场次略少于计划进度。',
      recommendations: '下半年增加上门探访，补足活动场次。'
    })
    await expect(evaluationsTab.satisfactionRate).toHaveText('92%')
    await expect(evaluationsTab.total).toHaveText(/^83 分\s*良好/)
    await evaluationsTab.finalize()
    await expect(evaluationsTab.sheetTitle('中期评估 第 1 版（定稿）')).toBeVisible()
    expect(await evaluationsTab.row('中期')).toMatchObject({
      方式: '购买方评价',
      总分: '83',
      等级: '良好',
      状态: '定稿'
    })

    // 拨付: the second tranche is released, handled by 张敏, reviewed by someone else, paid.
    await project.switchTab('拨付')
    await expect(paymentsTab.alerts.filter({ hasText: '第 2 期' })).toHaveText(
      '第 2 期（90,000.00 元）可转为可拨付：中期评估良好（83 分）'
    )
    await paymentsTab.takeStep(2, '转为可拨付')
    await paymentsTab.expectStatus(2, '可拨付')
    await paymentsTab.takeStep(2, '经办', '中期评估良好，同意拨付第二期')
    await expect(paymentsTab.row(2)).toContainText('经办 张敏 2027-09-30')
    await expect(paymentsTab.stepButton(2, '审核')).toBeDisabled()
    await expect(await paymentsTab.refusal(2, '审核')).toHaveText(
      '审核人须与经办人不同：第 2 期由张敏经办'
    )

    await shell.open('/settings')
    await settingsPage.operatorName.fill('李华')
    await settingsPage.save()
    await expect(settingsPage.savedMessage).toBeVisible()
    await project.open(route, '拨付')
    await paymentsTab.takeStep(2, '审核', '资料齐全')
    await paymentsTab.expectStatus(2, '已审核')
    await paymentsTab.pay(2, { paidOn: '2027-09-30', voucherNo: 'JM-2027-0930-02' })
    await paymentsTab.expectStatus(2, '已拨付')
    await expect(paymentsTab.row(2)).toContainText('2027-09-30 拨付，凭证号 JM-2027-0930-02')
    await expect(paymentsTab.row(2)).toContainText('审核 李华 2027-09-30')
    await expect(paymentsTab.total('计划')).toHaveText('300,000.00')
    await expect(paymentsTab.total('已拨付')).toHaveText('90,000.00')
    await expect(paymentsTab.total('追回')).toHaveText('0.00')
    await expect(paymentsTab.total('待拨付')).toHaveText('210,000.00')

    // 双向评估 of the contract year: both sheets, submitted, compared and 定稿.
    await project.switchTab('双向评估')
    await mutualTab.openNew()
    await expect(mutualTab.newTotals()).toHaveText('购买方合计 100 分；承接方合计 100 分')
    await mutualTab.saveNew()
    const period = '2027年度'
    await expect(mutualTab.view(period)).toContainText('2027-04-01 至 2028-03-31')
    await mutualTab.fillSheet('购买方', PURCHASER_SHEET)
    await mutualTab.submitSheet('购买方')
    await mutualTab.fillSheet('承接方', PROVIDER_SHEET)
    await mutualTab.submitSheet('承接方')
    await expect(mutualTab.submittedLine('承接方')).toHaveText('陈淑芳 于 2027-09-30 提交')

    expect(await mutualTab.comparisonRow('按时足额拨付')).toMatchObject({
      责任方: '购买方',
      自评: '20',
      他评: '12',
      差距: expect.stringMatching(/^差距较大\s*8$/)
    })
    expect(await mutualTab.comparisonRow('需求明确')).toMatchObject({ 差距: '2' })
    expect(await mutualTab.totalsRow('购买方')).toEqual(['购买方合计', '100', '94', '77'])
    expect(await mutualTab.totalsRow('承接方')).toEqual(['承接方合计', '100', '92', '87'])

    await mutualTab.finalize(period)
    await expect(mutualTab.finalizedNotice(period)).toHaveText('李华 于 2027-09-30 定稿，只读。')
  })
})
