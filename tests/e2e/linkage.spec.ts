import { expect, test as base } from './fixtures'
import {
  CommunityPage,
  CoverageTab,
  LinkagePage,
  NeedForm,
  NeedPage,
  NeedsTab
} from './pages/linkage-pages'

const test = base.extend<{
  linkage: LinkagePage
  coverage: CoverageTab
  needsTab: NeedsTab
  needForm: NeedForm
  need: NeedPage
  community: CommunityPage
}>({
  linkage: async ({ page }, use) => use(new LinkagePage(page)),
  coverage: async ({ page }, use) => use(new CoverageTab(page)),
  needsTab: async ({ page }, use) => use(new NeedsTab(page)),
  needForm: async ({ page }, use) => use(new NeedForm(page)),
  need: async ({ page }, use) => use(new NeedPage(page)),
  community: async ({ page }, use) => use(new CommunityPage(page))
})

/**
 * The office's day, in China. The sample data is dated from today, so a fixed day gives the
 * same communities, needs and suggestions on every run; time keeps flowing from it.
 */
const DAY = '2027-04-15'

/**
 * A community of the sample city that organisations and social workers serve, with no project
 * there and no open need yet: a loud need raised there is a gap until a project answers it.
 */
const COMMUNITY = '军门社区'

/** 56 residents: ranked 8th of the sample's open needs, between 58 and 55. */
const NEED = {
  name: '高龄老人助浴服务',
  community: COMMUNITY,
  category: '为老服务',
  source: '议事会',
  raisedBy: 56,
  description: '居民议事会上，56 名居民反映小区内失能、高龄老人在家洗澡困难，希望有上门助浴服务。'
}

/** The sample's 公益创投 round open for applications: next year's, 征集中 around today. */
const ROUND = '2028 年度社区公益创投'

/** The draft a need starts: the community's name, the need's, and 项目. */
const APPLICATION_TITLE = `${COMMUNITY}${NEED.name}项目`

/** The first suggestion of each kind for a 为老服务 need in 军门社区, with its reasons. */
const ORGANIZATION = {
  name: '鼓楼区同心助老发展中心',
  score: '8 分',
  reasons: ['服务领域一致：为老服务', '服务本社区', '等级评估 3A']
}
const SOCIAL_WORKER = {
  name: '孙磊超',
  score: '8 分',
  reasons: ['专长对口：老年社会工作', '服务本社区', '暂无在办项目']
}

test.describe('三社联动: a need from the community to a draft application', () => {
  // The sample city, then one need through every screen of 三社联动: about 20 s alone, 40 s
  // beside another spec on two cores, and a busy CI machine can take several times that.
  test.setTimeout(600_000)

  test('record a need, match it to an organisation and a social worker, draft the application and see the coverage change', async ({
    page,
    shell,
    settingsPage,
    application,
    linkage,
    coverage,
    needsTab,
    needForm,
    need,
    community
  }) => {
    await page.clock.install({ time: new Date(`${DAY}T10:00:00+08:00`) })
    await page.clock.resume()
    await shell.open('/settings')
    await settingsPage.loadSampleData()
    await settingsPage.fill({ operatorName: '张敏', officeName: '鼓楼区鼓东街道办事处' })
    await settingsPage.save()
    await expect(settingsPage.savedMessage).toBeVisible()

    // 覆盖情况 before: the community has organisations and social workers, no project, no open
    // need, and is not among the communities with high demand and no project.
    await linkage.open('覆盖情况')
    await expect(await coverage.figure(COMMUNITY, '在办项目')).toHaveText('0')
    await expect(await coverage.figure(COMMUNITY, '社会组织')).not.toHaveText('0')
    await expect(await coverage.figure(COMMUNITY, '社工')).not.toHaveText('0')
    const openNeedsBefore = await coverage.figureValue(COMMUNITY, '未解决需求')
    const demandBefore = await coverage.figureValue(COMMUNITY, '需求人数')
    await expect(coverage.unmetDemand).toBeVisible()
    await expect(coverage.unmetRow(COMMUNITY)).toHaveCount(0)

    // 需求清单 → 新建需求: saved empty, the form says what is missing at each field.
    await linkage.tab('需求清单').click()
    await needsTab.createButton.click()
    await needForm.clickSave()
    await needForm.expectFieldError(needForm.field('需求名称'), '请填写需求名称')
    await expect(needForm.fieldMessage('请选择社区')).toBeVisible()
    await expect(needForm.fieldMessage('请选择需求类别')).toBeVisible()
    await expect(needForm.fieldMessage('请选择需求来源')).toBeVisible()
    await expect(needForm.dialog).toBeVisible()

    await needForm.fill(NEED)
    await expect(needForm.fieldMessage('请填写需求名称')).toBeHidden()
    await needForm.save()
    await expect(needsTab.message(`已新建需求：${NEED.name}`)).toBeVisible()

    // Ranked by demand among the open needs: 56 residents come 8th.
    await needsTab.searchFor(NEED.name)
    await expect(needsTab.row(NEED.name)).toHaveCount(1)
    await expect(await needsTab.cell(NEED.name, '需求排名')).toHaveText('8')
    await expect(await needsTab.cell(NEED.name, '社区')).toHaveText(COMMUNITY)
    await expect(await needsTab.cell(NEED.name, '提出人数')).toHaveText('56')
    await expect(await needsTab.cell(NEED.name, '状态')).toHaveText('待对接')

    // The need's page: 对接建议 with the reasons for each suggestion.
    await needsTab.open(NEED.name)
    await expect(need.heading).toHaveText(NEED.name)
    await expect(need.statusTag).toHaveText('待对接')
    await expect(need.matches).toContainText('还没有对接记录')
    await expect(need.suggestion('社会组织', ORGANIZATION.name)).toContainText(ORGANIZATION.score)
    await expect(need.reasons('社会组织', ORGANIZATION.name)).toHaveText(ORGANIZATION.reasons)
    await expect(need.suggestion('社工', SOCIAL_WORKER.name)).toContainText(SOCIAL_WORKER.score)
    await expect(need.reasons('社工', SOCIAL_WORKER.name)).toHaveText(SOCIAL_WORKER.reasons)

    await need.choose('社会组织', ORGANIZATION.name)
    await need.choose('社工', SOCIAL_WORKER.name)
    await expect(need.chosenSummary).toHaveText(
      `已选：社会组织 ${ORGANIZATION.name}，社工 1 名，资源 0 项`
    )

    // 生成申报草稿 in the open round: the need is 已对接, the match is on record.
    await need.createApplication(ROUND)
    await expect(need.message('已生成申报书草稿')).toBeVisible()
    await expect(need.openApplicationLink).toBeVisible()
    await expect(need.statusTag).toHaveText('已对接')
    const match = need.matchRow(APPLICATION_TITLE)
    await expect(match).toHaveCount(1)
    await expect(match).toContainText('申报书')
    await expect(match).toContainText(ORGANIZATION.name)
    await expect(match).toContainText(SOCIAL_WORKER.name)
    await expect(match).toContainText('张敏')
    await expect(match).toContainText('有效')

    // The application: a 草稿 of the round, titled after the community and the need.
    await need.openApplication()
    await expect(application.heading).toHaveText(APPLICATION_TITLE)
    await expect(application.statusTag).toHaveText('草稿')
    await expect(application.field('项目名称')).toHaveValue(APPLICATION_TITLE)

    // 覆盖情况 after: one more open need and 56 more residents behind them. A draft is no
    // project yet, so the community now shows among those with high demand and no project.
    await linkage.open('覆盖情况')
    await expect(await coverage.figure(COMMUNITY, '未解决需求')).toHaveText(
      String(openNeedsBefore + 1)
    )
    await expect(await coverage.figure(COMMUNITY, '需求人数')).toHaveText(
      String(demandBefore + NEED.raisedBy)
    )
    await expect(await coverage.figure(COMMUNITY, '在办项目')).toHaveText('0')
    const gap = coverage.unmetRow(COMMUNITY)
    await expect(gap).toHaveCount(1)
    await expect(gap).toContainText(`${NEED.name}（${NEED.raisedBy} 人）`)

    // The community's page lists the need and draws it in the linkage graph.
    await coverage.openFromGap(COMMUNITY)
    await expect(community.heading).toHaveText(COMMUNITY)
    await expect(community.needRow(NEED.name)).toContainText('已对接')
    await expect(community.graphNode('需求', NEED.name)).toHaveAccessibleName(
      `需求：${NEED.name}（${NEED.category} · ${NEED.raisedBy} 人提出 · 已对接），打开`
    )
  })
})
