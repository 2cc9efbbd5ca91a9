/**
 * `npm run bench`: how the built app performs with a city's data, in Chromium.
 *
 * Why Playwright Test and not a plain script: it already transpiles TypeScript (so the bench can
 * import the app's own sample-data generator and backup encoder), starts `vite preview` on the
 * built renderer through `webServer`, and launches the same Chromium with the same arguments as
 * the E2E tests (playwright.bench.config.ts). The figures run as serial tests sharing browser
 * contexts; `afterAll` prints the table and writes bench-results/latest.json.
 *
 * Every figure is the median of several runs and is printed beside a baseline measured in the
 * same run on the same machine — something any page pays for the same work — so the ratio stays
 * comparable between a fast desktop and a slow, busy office PC:
 *
 *  1. Restore a city backup (15k organisations, 2k communities, 8k social workers, 2k projects,
 *     100k activities, 20k evaluations, 210k log entries, 202 MB; datasets.ts) through 设置 → 从文件恢复 → 确认恢复: the file input's `change` → 确认恢复
 *     shown (the file read and checked), plus the click on it → the success message. The bench's
 *     own delay in clicking (Playwright waits out the dialog's animation, ~0.5 s) is left out.
 *     Each run restores into a new, empty browser profile. Baseline: `await file.text();
 *     JSON.parse(...)` of the same file in the page.
 *  2. Cold load of /#/organizations (navigation start → first data row in the DOM, recorded by
 *     an init script's MutationObserver), in a new page of the profile holding the city
 *     database. The HTTP cache is warm, as on a desktop where the files are local. Baseline:
 *     navigation start → `load` of the same URL with JavaScript disabled. 2b does the same for
 *     the 孵化基地 board (5,500 stays at city scale) until its first listed stay is in the DOM,
 *     2c for the 评审结果 tab of the round in 评审中 until its first ranked row, 2d for 项目管理
 *     (the 公益创投 projects and 1,900 purchase-of-service contracts) until the grid's first row,
 *     which the page shows only once projects.dueItems has given every project its 下一到期, and
 *     2e for the 拨付 tab (`?tab=payments`) of the contract with the most activities until its
 *     first tranche row, 2f for 三社联动 覆盖情况 until the community matrix's first row, and 2g
 *     for the page of the top-ranked need until its first suggested organisation.
 *  3. Search keystroke → the count text updated and the next frame drawn, typing 军门 / gulou /
 *     jm / 鼓楼 one character at a time over 15k organisations (probes.ts says exactly when the
 *     clock starts and stops). Baseline: the same keystrokes into a plain `<input>` with no
 *     listeners, keystroke → next frame.
 *  4. A second database of 100k organisations, restored into its own profile (that restore is
 *     reported, one run): scrolling the grid by one viewport per frame for 300 frames, p50 and
 *     p95 of the frame intervals (baseline: the same requestAnimationFrame loop without
 *     scrolling), and the search keystrokes of figure 3 over 100k rows.
 *  5. 导出备份文件 until Playwright's `download` event. Baseline: a Blob of the same size
 *     downloaded through a link from the page.
 *
 *  6. A 4-page 绩效评估报告 drawn by the PDF engine with the fonts loaded (tests/bench/pdf-report.ts),
 *     beside jsPDF as it comes on the same content. 6b: in the city's profile, 报告 → 导出年度工作汇总
 *     until the preview shows its page count (records read, report built, checked and drawn in the
 *     worker, pages drawn by pdf.js); the first run, which also loads the fonts, is kept apart.
 *     Baseline: the click until the (still empty) dialog is shown.
 *
 *  7. Cold load of the 工作台 until both 待办 (its 已逾期 group) and 今年概况 (the 社会组织 card's
 *     figures) are in the DOM. 7b: the app running, a switch from 设置 to the 工作台 until each
 *     half is shown: the first switch counts the figures from the tables (as one after a write
 *     to them would), later ones show the figures remembered; the reminders are shared with the
 *     menu's badge. Baseline: the same switch to 关于, which reads nothing.
 *  8. Global search (Ctrl+K) over the city: the key until the index is read and the box usable,
 *     the first opening apart from the later ones, which take less than half as long. Each
 *     opening reads the index again, but behind the modal's opening: remembering the index
 *     between openings was tried and changed neither figure. Then each keystroke until the
 *     results change and the next frame is drawn. The search waits for a 150 ms pause in
 *     typing by design, so that pause is the baseline.
 *  9. 导出 Excel of the whole 社会组织 grid (15k rows): 导出 until the download. Baseline: a Blob of
 *     the same size downloaded.
 * 10. The renderer's JavaScript heap after a full garbage collection (DevTools protocol), after
 *     a round of the grid, the 工作台, a search and the board with the city database. Baseline:
 *     the app with an empty database.
 * 11. Excel import of the city's 15k organisations (import-file.ts) into an empty profile through
 *     the wizard: reading the file, the dry run, and the import. Baseline: exceljs's own parse of
 *     the same bytes in the same browser (its browser build; issue #10 asks for ≤ 2× of it).
 *
 * Figure 5 runs before 4, so the city's profile can be closed before the 100k one is filled.
 * About 25 minutes on 2 cores, most of it restoring (3 × 60 s for the city, 36 s for 100k) and
 * loading the city's pages cold.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  expect,
  test,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page
} from '@playwright/test'
import { GridExport } from '../e2e/pages/export-pages'
import { ImportWizard } from '../e2e/pages/import-pages'
import { ReportExportDialog, ReportsPage } from '../e2e/pages/report-pages'
import { SettingsPage } from '../e2e/pages/settings-page'
import { writeBenchBackups, type BenchDataset } from './datasets'
import { cityOrganizationsWorkbook } from './import-file'
import { measurePdfReport } from './pdf-report'
import {
  armRestoreProbe,
  armResultsClock,
  firstMatchProbe,
  frameIntervals,
  installKeystrokeProbe,
  type BenchWindow,
  type KeystrokeResult,
  type RestoreTimes
} from './probes'
import {
  describeMachine,
  formatTable,
  median,
  percentile,
  writeResults,
  type Figure
} from './report'

const RESTORE_RUNS = 3
const LOAD_RUNS = 5
/** Each pass types every query once; 2 passes give 18 keystrokes. */
const SEARCH_PASSES = 2
const SEARCH_QUERIES = ['军门', 'gulou', 'jm', '鼓楼']
const SCROLL_RUNS = 3
const SCROLL_FRAMES = 300
const EXPORT_RUNS = 3
const PDF_UI_RUNS = 3
const DASHBOARD_RUNS = 5
const GLOBAL_SEARCH_QUERIES = ['军门', 'gulou', 'jm', '柳城']
const GRID_EXPORT_RUNS = 3
const MEMORY_RUNS = 3

const RESULTS_PATH = resolve(import.meta.dirname, '../../bench-results/latest.json')
/** Long steps (restoring 100k rows) get this long before the bench gives up. */
const SLOW = { timeout: 300_000 }

/** The order of the table's rows. */
const FIGURE_ORDER = [
  'restore-city',
  'cold-load',
  'board-load',
  'results-load',
  'projects-load',
  'project-load',
  'coverage-load',
  'need-load',
  'search-keystroke',
  'restore-100k',
  'scroll-p50',
  'scroll-p95',
  'search-100k',
  'export',
  'pdf-report',
  'pdf-annual',
  'dashboard-load',
  'dashboard-figures-counted',
  'dashboard-figures',
  'dashboard-reminders',
  'global-search-open',
  'global-search-open-again',
  'global-search-keystroke',
  'grid-export',
  'memory',
  'import-read',
  'import-dry-run',
  'import-write',
  'import-total'
]

const GRID_ROW = '[role="grid"] [role="row"][aria-rowindex]:not([aria-rowindex="1"])'
/** A stay listed on the board: the lists link each stay to its page. */
const BOARD_ENTRY = 'main a[href^="#/incubation/"]'
const RESULT_ROW = '[aria-label="评审结果列表"] tbody tr[data-row-key]'
/** A row of 项目管理's grid, rendered only once every project's 下一到期 is known. */
const PROJECT_ROW =
  '[role="grid"][aria-label="项目列表"] [role="row"][aria-rowindex]:not([aria-rowindex="1"])'
/** A tranche of a signed project's 拨付 tab. */
const TRANCHE_ROW = '[aria-label="各期拨付列表"] tbody tr[data-row-key]'
/** A row of 覆盖情况's community matrix, rendered once every community's figures are counted. */
const COVERAGE_ROW =
  '[role="grid"][aria-label="社区覆盖矩阵"] [role="row"][aria-rowindex]:not([aria-rowindex="1"])'
/** A suggested organisation on a need's page: there once the suggestions are worked out. */
const SUGGESTED_ORGANIZATION = 'section[aria-label="社会组织"] .ant-checkbox-wrapper'
/** The 工作台's two halves: 待办's groups, and the first card of 今年概况 with its figures. */
const DASHBOARD_PARTS = {
  reminders: 'main section[aria-label^="已逾期（"]',
  figures: 'main section[aria-label="社会组织"] a[aria-label]'
}
const COUNT_TEXT = /^(共|筛选出) [\d,]+( \/ [\d,]+)? 条$/

test.describe.configure({ mode: 'serial' })

const startedAt = new Date()
const figures: Figure[] = []
let workDir = ''
let datasets: { city: BenchDataset; scroll: BenchDataset } | undefined
/** The context holding the city database after figure 1; figures 2, 3 and 5 use it. */
let cityContext: BrowserContext | undefined
let chromiumVersion = ''

function round(value: number): number {
  return Math.round(value * 10) / 10
}

/**
 * A new browser profile with the project's settings (contexts made by hand do not get `use`
 * from the config by themselves).
 */
async function newAppContext(browser: Browser, options: { javaScriptEnabled?: boolean } = {}) {
  const { baseURL, locale, timezoneId, viewport } = test.info().project.use
  const context = await browser.newContext({ baseURL, locale, timezoneId, viewport, ...options })
  context.on('page', (page) => {
    page.on('pageerror', (error) => console.warn(`[page error] ${error.message}`))
  })
  return context
}

/** The grid page's status line: `共 15,000 条` or `筛选出 M / N 条`. */
function countText(page: Page): Locator {
  return page.getByText(COUNT_TEXT)
}

/** The organisations grid, open and showing `total` rows. */
async function openOrganizations(page: Page, total: number): Promise<void> {
  await page.evaluate(() => {
    location.hash = '#/organizations'
  })
  await expect(countText(page)).toHaveText(`共 ${total.toLocaleString('en-US')} 条`, SLOW)
  await expect(page.locator(GRID_ROW).first()).toBeVisible()
}

/**
 * Restores `file` into the empty app of `page` through the UI; returns the in-page times and the
 * baseline (reading and parsing the same file in the page).
 */
async function restoreThroughUi(
  page: Page,
  file: BenchDataset
): Promise<{ times: RestoreTimes; parseMs: number }> {
  const settings = new SettingsPage(page)
  await page.goto('/#/settings')
  await expect(settings.currentData).toContainText('社会组织 0 个')

  // Baseline first, so the app's restore does not run with the parsed copy still in memory.
  await page.evaluate(() => {
    const input = document.createElement('input')
    input.type = 'file'
    input.id = 'bench-file'
    input.hidden = true
    document.body.append(input)
  })
  await page.setInputFiles('#bench-file', file.path)
  const parseMs = await page.evaluate(async () => {
    const input = document.getElementById('bench-file') as HTMLInputElement
    const started = performance.now()
    const parsed: unknown = JSON.parse(await input.files![0]!.text())
    const elapsed = performance.now() - started
    input.remove()
    return parsed === null ? -1 : elapsed
  })

  await page.evaluate(armRestoreProbe)
  await settings.restoreFromFile(file.path)
  await settings.confirmRestoreButton.click(SLOW)
  await expect(settings.message(/^已从备份恢复：/)).toBeVisible(SLOW)
  const times = await page.evaluate(() => (window as BenchWindow).__benchRestore!)
  await expect(settings.currentData).toContainText(
    `社会组织 ${file.counts.organizations!.toLocaleString('en-US')} 个`
  )
  return { times, parseMs }
}

/**
 * The app's time for a restore: choosing the file → preview ready, plus 确认恢复 → success. The
 * bench's own delay in clicking (Playwright waits for the dialog's animation) is left out.
 */
function restoreMs(times: RestoreTimes): number {
  return times.preview - times.chosen + (times.done - times.confirmed)
}

test.beforeAll(async ({ browser }) => {
  chromiumVersion = browser.version()
  workDir = await mkdtemp(join(tmpdir(), 'shelian-bench-'))
  datasets = await writeBenchBackups(workDir)
  const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MB`
  console.info(
    `Datasets: city ${mb(datasets.city.bytes)} in ${Math.round(datasets.city.buildMs)} ms, ` +
      `100k ${mb(datasets.scroll.bytes)} in ${Math.round(datasets.scroll.buildMs)} ms`
  )
})

test.afterAll(async () => {
  await cityContext?.close()
  if (workDir) await rm(workDir, { recursive: true, force: true })
  if (figures.length === 0) return
  const ordered = [...figures].sort(
    (a, b) => FIGURE_ORDER.indexOf(a.id) - FIGURE_ORDER.indexOf(b.id)
  )
  const durationMs = Date.now() - startedAt.getTime()
  const machine = describeMachine(chromiumVersion)
  console.info(
    [
      '',
      `社联台 bench — ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, ` +
        `Chromium ${machine.chromium}, Node ${machine.node}`,
      '',
      formatTable(ordered),
      '',
      `Medians in ms; ratio = median / baseline median. Took ${Math.round(durationMs / 1000)} s ` +
        `(without the build). Written to ${RESULTS_PATH}.`,
      ''
    ].join('\n')
  )
  await writeResults(RESULTS_PATH, {
    startedAt: startedAt.toISOString(),
    durationMs,
    machine,
    datasets: Object.fromEntries(
      Object.entries(datasets ?? {}).map(([name, set]) => [
        name,
        { bytes: set.bytes, counts: set.counts, buildMs: round(set.buildMs) }
      ])
    ),
    figures: ordered
  })
})

test('1. restore a city-scale backup through 设置 → 从文件恢复', async ({ browser }) => {
  const city = datasets!.city
  const samples: number[] = []
  const baseline: number[] = []
  const runs: Record<string, number>[] = []
  for (let run = 0; run < RESTORE_RUNS; run += 1) {
    // A new profile each time: the restore goes into an empty app, as on a new PC.
    await cityContext?.close()
    cityContext = await newAppContext(browser)
    const page = await cityContext.newPage()
    const { times, parseMs } = await restoreThroughUi(page, city)
    samples.push(restoreMs(times))
    baseline.push(parseMs)
    runs.push({
      checkForPreview: round(times.preview - times.chosen),
      clickDelay: round(times.confirmed - times.preview),
      restore: round(times.done - times.confirmed)
    })
  }
  figures.push({
    id: 'restore-city',
    label: `1 恢复城市规模备份 restore (${(city.bytes / 1024 ** 2).toFixed(0)} MB)`,
    samples,
    baselineLabel: 'file.text + JSON.parse',
    baselineSamples: baseline,
    details: { runs, bytes: city.bytes, counts: city.counts }
  })
})

/**
 * Cold loads of `url` in new pages of the city profile (navigation start → `selector` in the
 * DOM), then `loaded` checks the page, and the same URL with JavaScript off as the baseline.
 */
async function measureColdLoad(
  browser: Browser,
  url: string,
  selector: string,
  loaded: (page: Page) => Promise<void>
) {
  const context = cityContext!
  for (const page of context.pages()) await page.close()
  const samples: number[] = []
  const runs: Record<string, number>[] = []
  for (let run = 0; run < LOAD_RUNS; run += 1) {
    const page = await context.newPage()
    await page.addInitScript(firstMatchProbe, selector)
    await page.goto(url)
    const handle = await page.waitForFunction(
      () => (window as BenchWindow).__benchFirstMatch ?? null,
      undefined,
      { timeout: 120_000, polling: 100 }
    )
    const first = (await handle.jsonValue()) as number
    samples.push(first)
    const navigation = await page.evaluate(() => {
      const entry = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming
      return { domContentLoaded: entry.domContentLoadedEventEnd, load: entry.loadEventEnd }
    })
    runs.push({
      first: round(first),
      domContentLoaded: round(navigation.domContentLoaded),
      load: round(navigation.load)
    })
    await loaded(page)
    await page.close()
  }

  const noScript = await newAppContext(browser, { javaScriptEnabled: false })
  const baseline: number[] = []
  for (let run = 0; run < LOAD_RUNS; run += 1) {
    const page = await noScript.newPage()
    await page.goto(url, { waitUntil: 'load' })
    baseline.push(
      await page.evaluate(
        () =>
          (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming)
            .loadEventStart
      )
    )
    await page.close()
  }
  await noScript.close()
  return { samples, baseline, runs }
}

test('2. cold load of 社会组织 with the city database', async ({ browser }) => {
  const { samples, baseline, runs } = await measureColdLoad(
    browser,
    '/#/organizations',
    GRID_ROW,
    (page) =>
      expect(countText(page)).toHaveText(
        `共 ${datasets!.city.counts.organizations!.toLocaleString('en-US')} 条`
      )
  )
  figures.push({
    id: 'cold-load',
    label: '2 冷启动到首屏表格 cold load → first row',
    samples,
    baselineLabel: 'same URL, JS off, load',
    baselineSamples: baseline,
    target: 1500,
    details: { runs }
  })
})

test('2b. cold load of the 孵化基地 board with the city database', async ({ browser }) => {
  // The board computes counts and four lists over every stay, naming each stay's organisation.
  const { samples, baseline, runs } = await measureColdLoad(
    browser,
    '/#/incubation',
    BOARD_ENTRY,
    (page) => expect(page.getByRole('link', { name: /.+/ }).first()).toBeVisible()
  )
  figures.push({
    id: 'board-load',
    label: '2b 孵化看板冷启动 cold load → board',
    samples,
    baselineLabel: 'same URL, JS off, load',
    baselineSamples: baseline,
    target: 1500,
    details: { runs, stays: datasets!.city.counts.incubations }
  })
})

interface SearchFigure {
  samples: number[]
  baseline: number[]
  keystrokes: Record<string, unknown>[]
}

/**
 * Types each query into the grid's search box one character at a time (clearing between them),
 * and the same characters into a plain `<input>` the bench adds, timing every keystroke.
 */
async function measureSearch(
  page: Page,
  total: number,
  queries: readonly string[],
  passes: number
): Promise<SearchFigure> {
  const all = `共 ${total.toLocaleString('en-US')} 条`
  await page.evaluate(installKeystrokeProbe)
  await page.evaluate(() => {
    const input = document.createElement('input')
    input.id = 'bench-plain'
    input.setAttribute('aria-label', 'bench plain input')
    input.style.cssText = 'position:fixed;right:8px;bottom:8px;width:160px;z-index:9999'
    document.body.append(input)
  })
  const search = page.getByPlaceholder(/^搜索名称/)
  const plain = page.locator('#bench-plain')
  const type = async (target: 'grid' | 'plain', text: string) => {
    const results: KeystrokeResult[] = []
    for (const char of text) {
      await page.evaluate((t) => (window as BenchWindow).__benchKeystroke!.arm(t), target)
      await page.keyboard.type(char)
      results.push(await page.evaluate(() => (window as BenchWindow).__benchKeystroke!.result!))
    }
    return results
  }

  const result: SearchFigure = { samples: [], baseline: [], keystrokes: [] }
  for (let pass = 0; pass < passes; pass += 1) {
    for (const query of queries) {
      await search.fill('')
      await expect(countText(page)).toHaveText(all)
      await search.focus()
      for (const [index, keystroke] of (await type('grid', query)).entries()) {
        if (keystroke.ms !== null) result.samples.push(keystroke.ms)
        result.keystrokes.push({
          query: query.slice(0, index + 1),
          ms: keystroke.ms === null ? null : round(keystroke.ms),
          inputFrameMs: keystroke.inputFrameMs === null ? null : round(keystroke.inputFrameMs),
          countChanged: keystroke.countChanged,
          startEvent: keystroke.startEvent,
          count: keystroke.count
        })
      }
      await plain.fill('')
      await plain.focus()
      for (const keystroke of await type('plain', query)) {
        if (keystroke.ms !== null) result.baseline.push(keystroke.ms)
      }
    }
  }
  await search.fill('')
  await expect(countText(page)).toHaveText(all)
  await page.evaluate(() => document.getElementById('bench-plain')?.remove())
  return result
}

test('2c. cold load of a city round’s 评审结果 with the city database', async ({ browser }) => {
  // The tab ranks and funds every reviewed application from all of the round's score sheets.
  const roundId = datasets!.city.reviewRoundId
  expect(roundId).not.toBeNull()
  const { samples, baseline, runs } = await measureColdLoad(
    browser,
    `/#/venture/${roundId}?tab=results`,
    RESULT_ROW,
    (page) => expect(page.getByRole('table', { name: '评审结果列表' })).toBeVisible()
  )
  figures.push({
    id: 'results-load',
    label: '2c 评审结果冷启动 cold load → ranked results',
    samples,
    baselineLabel: 'same URL, JS off, load',
    baselineSamples: baseline,
    target: 1500,
    details: {
      runs,
      applications: datasets!.city.counts.applications,
      reviews: datasets!.city.counts.reviews
    }
  })
})

test('2d. cold load of 项目管理 with the city database', async ({ browser }) => {
  // The grid waits for projects.dueItems over every contract's agreement, 变更, tranches and
  // evaluations, so the first row means every project's 下一到期 is computed.
  const city = datasets!.city
  const { samples, baseline, runs } = await measureColdLoad(
    browser,
    '/#/projects',
    PROJECT_ROW,
    async (page) => {
      await expect(countText(page)).toHaveText(`共 ${city.liveProjects.toLocaleString('en-US')} 条`)
      await expect(page.getByRole('columnheader', { name: '下一到期' })).toBeVisible()
    }
  )
  figures.push({
    id: 'projects-load',
    label: '2d 项目管理冷启动 cold load → project grid',
    samples,
    baselineLabel: 'same URL, JS off, load',
    baselineSamples: baseline,
    target: 1500,
    details: {
      runs,
      projects: city.counts.projects,
      agreements: city.counts.agreements,
      payments: city.counts.payments,
      projectEvaluations: city.counts.projectEvaluations
    }
  })
})

test('2e. cold load of a busy contract’s 拨付 tab with the city database', async ({ browser }) => {
  // The contract with the most activities; the tab reads its tranches, the steps offered on each
  // and the facts their gates stand on.
  const busy = datasets!.city.busyProject
  expect(busy).not.toBeNull()
  const { samples, baseline, runs } = await measureColdLoad(
    browser,
    `/#/projects/${busy!.id}?tab=payments`,
    TRANCHE_ROW,
    async (page) => {
      const table = page.getByRole('table', { name: '各期拨付列表' })
      await expect(table).toBeVisible()
      await expect(page.locator(TRANCHE_ROW)).toHaveCount(busy!.payments)
    }
  )
  figures.push({
    id: 'project-load',
    label: '2e 项目页冷启动 cold load → 拨付 tab',
    samples,
    baselineLabel: 'same URL, JS off, load',
    baselineSamples: baseline,
    target: 1500,
    details: { runs, activities: busy!.activities, payments: busy!.payments }
  })
})

test('2f. cold load of 三社联动 覆盖情况 with the city database', async ({ browser }) => {
  // The matrix counts, for every community, the organisations, social workers, projects and
  // open needs reaching it, and the gaps below it are worked out from the same reads.
  const city = datasets!.city
  const { samples, baseline, runs } = await measureColdLoad(
    browser,
    '/#/linkage?tab=coverage',
    COVERAGE_ROW,
    (page) =>
      expect(page.getByText(`共 ${city.liveCommunities.toLocaleString('en-US')} 条`)).toBeVisible()
  )
  figures.push({
    id: 'coverage-load',
    label: '2f 覆盖情况冷启动 cold load → community matrix',
    samples,
    baselineLabel: 'same URL, JS off, load',
    baselineSamples: baseline,
    target: 1500,
    details: {
      runs,
      communities: city.counts.communities,
      needs: city.counts.needs,
      organizations: city.counts.organizations,
      projects: city.counts.projects
    }
  })
})

test('2g. cold load of the top need’s 对接建议 with the city database', async ({ browser }) => {
  // Suggestions score every organisation, social worker and resource against the need.
  const needId = datasets!.city.topNeedId
  expect(needId).not.toBeNull()
  const { samples, baseline, runs } = await measureColdLoad(
    browser,
    `/#/linkage/needs/${needId}`,
    SUGGESTED_ORGANIZATION,
    (page) => expect(page.getByText('对接建议')).toBeVisible()
  )
  figures.push({
    id: 'need-load',
    label: '2g 需求页冷启动 cold load → 对接建议',
    samples,
    baselineLabel: 'same URL, JS off, load',
    baselineSamples: baseline,
    target: 1500,
    details: {
      runs,
      organizations: datasets!.city.counts.organizations,
      socialWorkers: datasets!.city.counts.socialWorkers,
      resources: datasets!.city.counts.resources
    }
  })
})

test('3. search keystroke → grid updated over 15k organisations', async () => {
  const page = await cityContext!.newPage()
  const total = datasets!.city.counts.organizations!
  await page.goto('/#/organizations')
  await expect(countText(page)).toHaveText(`共 ${total.toLocaleString('en-US')} 条`, SLOW)
  // Let the start-up backup and first renders settle before timing keystrokes.
  await page.waitForTimeout(1000)
  const search = await measureSearch(page, total, SEARCH_QUERIES, SEARCH_PASSES)
  await page.close()
  figures.push({
    id: 'search-keystroke',
    label: '3 搜索按键到表格更新 keystroke → grid',
    samples: search.samples,
    baselineLabel: 'plain <input>, → next frame',
    baselineSamples: search.baseline,
    target: 50,
    details: { keystrokes: search.keystrokes }
  })
})

/** Baseline of the exports: a Blob of `bytes` handed to the browser as a download, ms per run. */
async function blobDownloadMs(page: Page, bytes: number, runs: number): Promise<number[]> {
  const times: number[] = []
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now()
    const download = page.waitForEvent('download', SLOW)
    await page.evaluate((size) => {
      const blob = new Blob([new Uint8Array(size)], { type: 'application/octet-stream' })
      const link = document.createElement('a')
      link.href = URL.createObjectURL(blob)
      link.download = 'bench-baseline.bin'
      document.body.append(link)
      link.click()
      link.remove()
    }, bytes)
    const file = await download
    times.push(performance.now() - started)
    await file.delete()
  }
  return times
}

test('5. export a full backup (导出备份文件)', async () => {
  const page = await cityContext!.newPage()
  const settings = new SettingsPage(page)
  await page.goto('/#/settings')
  await expect(settings.currentData).toContainText(
    `社会组织 ${datasets!.city.counts.organizations!.toLocaleString('en-US')} 个`,
    SLOW
  )
  await page.waitForTimeout(1000)

  const samples: number[] = []
  let bytes = 0
  for (let run = 0; run < EXPORT_RUNS; run += 1) {
    const started = performance.now()
    const download = page.waitForEvent('download', SLOW)
    await settings.exportButton.click()
    const file = await download
    samples.push(performance.now() - started)
    bytes = (await stat(await file.path())).size
    await file.delete()
    await expect(settings.message(/^备份已导出为 /).first()).toBeVisible()
  }

  const baseline = await blobDownloadMs(page, bytes, EXPORT_RUNS)
  await page.close()

  figures.push({
    id: 'export',
    label: `5 导出备份文件 export (${(bytes / 1024 ** 2).toFixed(0)} MB)`,
    samples,
    baselineLabel: 'Blob of same size, download',
    baselineSamples: baseline,
    details: { bytes }
  })
})

test('6. a 4-page PDF report drawn by the report engine', () => {
  figures.push(measurePdfReport())
})

test('6b. the city’s 年度工作汇总, from the click to the previewed pages', async () => {
  const page = await cityContext!.newPage()
  const reports = new ReportsPage(page)
  const dialog = new ReportExportDialog(page)
  await page.goto('/#/reports')
  await expect(reports.exportAnnual).toBeVisible(SLOW)

  // Run 0 starts the worker and loads the fonts; the runs after it are what a user sees next.
  const samples: number[] = []
  const baseline: number[] = []
  let first = 0
  let pages = ''
  for (let run = 0; run <= PDF_UI_RUNS; run += 1) {
    const started = performance.now()
    await reports.exportAnnual.click()
    await expect(dialog.dialog).toBeVisible()
    const shown = performance.now() - started
    await expect(dialog.pageCount).toBeVisible(SLOW)
    const total = performance.now() - started
    if (run === 0) {
      first = total
    } else {
      samples.push(total)
      baseline.push(shown)
    }
    pages = (await dialog.pageCount.textContent()) ?? ''
    await dialog.dialog.getByRole('button', { name: /^取\s*消$/ }).click()
    await expect(dialog.dialog).toBeHidden()
  }
  await page.close()

  figures.push({
    id: 'pdf-annual',
    label: `6b 年度工作汇总 click → preview (${pages})`,
    samples,
    baselineLabel: 'the same dialog shown, before its report',
    baselineSamples: baseline,
    target: 1500,
    details: { firstRunWithFontLoadMs: round(first) }
  })
})

test('7. cold load of the 工作台 with the city database', async ({ browser }) => {
  const { samples, baseline, runs } = await measureColdLoad(
    browser,
    '/#/dashboard',
    `html:has(${DASHBOARD_PARTS.reminders}):has(${DASHBOARD_PARTS.figures})`,
    (page) => expect(page.getByRole('heading', { name: '今年概况' })).toBeVisible()
  )
  figures.push({
    id: 'dashboard-load',
    label: '7 工作台冷启动 cold load → 待办 and 今年概况',
    samples,
    baselineLabel: 'same URL, JS off, load',
    baselineSamples: baseline,
    target: 1500,
    details: { runs }
  })
})

test('7b. the 工作台 opened from another page, with the city database', async () => {
  // What a user waits for when coming back to the 工作台 during the day: the app is running, the
  // figures are counted again from the tables (the reminders are shared with the menu's badge).
  const page = await cityContext!.newPage()
  await page.goto('/#/settings')
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible(SLOW)
  await page.waitForTimeout(3000)
  const figuresMs: number[] = []
  const remindersMs: number[] = []
  for (let run = 0; run < DASHBOARD_RUNS; run += 1) {
    const times = await page.evaluate(async (parts) => {
      const found: Record<string, number> = {}
      const started = performance.now()
      await new Promise<void>((resolve) => {
        const check = () => {
          for (const [name, selector] of Object.entries(parts)) {
            if (found[name] === undefined && document.querySelector(selector)) {
              found[name] = performance.now() - started
            }
          }
          if (Object.keys(found).length === Object.keys(parts).length) {
            observer.disconnect()
            resolve()
          }
        }
        const observer = new MutationObserver(check)
        observer.observe(document.body, { childList: true, subtree: true })
        location.hash = '#/dashboard'
      })
      return found
    }, DASHBOARD_PARTS)
    figuresMs.push(times.figures!)
    remindersMs.push(times.reminders!)
    await page.evaluate(() => {
      location.hash = '#/settings'
    })
    await expect(page.getByRole('heading', { name: '设置' })).toBeVisible()
  }
  // Baseline: the same switch to a page that reads nothing (关于).
  const baseline: number[] = []
  for (let run = 0; run < DASHBOARD_RUNS; run += 1) {
    baseline.push(
      await page.evaluate(async () => {
        const started = performance.now()
        await new Promise<void>((resolve) => {
          const observer = new MutationObserver(() => {
            if (
              document.querySelector('main h1, main h2, main h3')?.textContent?.includes('关于')
            ) {
              observer.disconnect()
              resolve()
            }
          })
          observer.observe(document.body, { childList: true, subtree: true })
          location.hash = '#/about'
        })
        return performance.now() - started
      })
    )
    await page.evaluate(() => {
      location.hash = '#/settings'
    })
    await expect(page.getByRole('heading', { name: '设置' })).toBeVisible()
  }
  await page.close()
  figures.push(
    {
      // The page's first visit counts the tables, as any visit after a write to them does.
      id: 'dashboard-figures-counted',
      label: '7b 工作台：首次切换，统计各表 → figures',
      samples: figuresMs.slice(0, 1),
      baselineLabel: 'switch to 关于',
      baselineSamples: baseline,
      target: 300
    },
    {
      id: 'dashboard-figures',
      label: '7b 工作台：再次切换，无新写入 → figures',
      samples: figuresMs.slice(1),
      baselineLabel: 'switch to 关于',
      baselineSamples: baseline,
      target: 300
    },
    {
      id: 'dashboard-reminders',
      label: '7b 工作台：切换到待办 → reminders',
      samples: remindersMs,
      baselineLabel: 'switch to 关于',
      baselineSamples: baseline,
      target: 300
    }
  )
})

test('8. global search (Ctrl+K) over the city’s records', async () => {
  const page = await cityContext!.newPage()
  await page.goto('/#/organizations')
  await expect(countText(page)).toHaveText(
    `共 ${datasets!.city.counts.organizations!.toLocaleString('en-US')} 条`,
    SLOW
  )
  await page.waitForTimeout(1000)
  const dialog = page.getByRole('dialog', { name: '搜索' })
  const input = dialog.getByRole('combobox', { name: '搜索全部记录' })
  const preparing = dialog.getByText('正在准备搜索…')

  const openMs: number[] = []
  const keystrokeMs: number[] = []
  const keystrokes: Record<string, unknown>[] = []
  for (const query of GLOBAL_SEARCH_QUERIES) {
    // Each opening reads the index afresh: that is the first wait of every search.
    const started = performance.now()
    await page.keyboard.press('Control+k')
    await expect(input).toBeFocused()
    await expect(preparing).toBeHidden(SLOW)
    openMs.push(performance.now() - started)
    for (const [index, char] of [...query].entries()) {
      await page.evaluate(armResultsClock, { selector: '.ant-modal-body', waitMs: 2000 })
      await page.keyboard.type(char)
      const ms = await page.evaluate(() => (window as BenchWindow).__benchResults!)
      if (ms !== null) keystrokeMs.push(ms)
      keystrokes.push({ query: query.slice(0, index + 1), ms: ms === null ? null : round(ms) })
    }
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  }
  await page.close()
  figures.push(
    {
      id: 'global-search-open',
      label: '8 全局搜索：首次 Ctrl+K → 可以搜索',
      samples: openMs.slice(0, 1),
      baselineLabel: '—',
      baselineSamples: []
    },
    {
      id: 'global-search-open-again',
      label: '8 全局搜索：再次 Ctrl+K → 可以搜索',
      samples: openMs.slice(1),
      baselineLabel: '—',
      baselineSamples: []
    },
    {
      id: 'global-search-keystroke',
      label: '8 全局搜索按键 → 结果 (incl. 150 ms pause)',
      samples: keystrokeMs,
      baselineLabel: 'the 150 ms typing pause',
      baselineSamples: [150],
      details: { keystrokes }
    }
  )
})

test('9. 导出 Excel of the whole 社会组织 grid', async () => {
  const page = await cityContext!.newPage()
  const total = datasets!.city.counts.organizations!
  await page.goto('/#/organizations')
  await expect(countText(page)).toHaveText(`共 ${total.toLocaleString('en-US')} 条`, SLOW)
  await page.waitForTimeout(1000)
  const grid = new GridExport(page)
  const samples: number[] = []
  let bytes = 0
  for (let run = 0; run < GRID_EXPORT_RUNS; run += 1) {
    await grid.exportButton.click()
    await expect(grid.dialog).toBeVisible()
    const started = performance.now()
    const download = page.waitForEvent('download', SLOW)
    await grid.startButton.click()
    const file = await download
    samples.push(performance.now() - started)
    bytes = (await stat(await file.path())).size
    await file.delete()
    await expect(grid.dialog).toBeHidden()
  }
  const baseline = await blobDownloadMs(page, bytes, GRID_EXPORT_RUNS)
  await page.close()
  figures.push({
    id: 'grid-export',
    label: `9 导出 Excel 1.5 万行 grid → .xlsx (${(bytes / 1024 ** 2).toFixed(1)} MB)`,
    samples,
    baselineLabel: 'Blob of same size, download',
    baselineSamples: baseline,
    details: { rows: total, bytes }
  })
})

/** The page's JavaScript heap after a full garbage collection, MB (Chrome DevTools Protocol). */
async function heapAfterGcMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page)
  try {
    await cdp.send('HeapProfiler.collectGarbage')
    const { usedSize } = await cdp.send('Runtime.getHeapUsage')
    return usedSize / 1024 ** 2
  } finally {
    await cdp.detach()
  }
}

test('10. renderer memory with the city database, after a working round', async ({ browser }) => {
  // A round of the pages a user goes through: the grid, the 工作台, a search, the board.
  const page = await cityContext!.newPage()
  const total = datasets!.city.counts.organizations!
  const samples: number[] = []
  for (let run = 0; run < MEMORY_RUNS; run += 1) {
    await page.goto('/#/organizations')
    await expect(countText(page)).toHaveText(`共 ${total.toLocaleString('en-US')} 条`, SLOW)
    await page.evaluate(() => {
      location.hash = '#/dashboard'
    })
    await expect(page.locator(DASHBOARD_PARTS.figures).first()).toBeVisible(SLOW)
    await page.keyboard.press('Control+k')
    const dialog = page.getByRole('dialog', { name: '搜索' })
    await expect(dialog.getByText('正在准备搜索…')).toBeHidden(SLOW)
    // Into the box itself: typed at the page, the keys could arrive before the box has focus.
    await dialog.getByRole('combobox', { name: '搜索全部记录' }).fill('gulou')
    await expect(dialog.getByRole('option').first()).toBeVisible(SLOW)
    await page.keyboard.press('Escape')
    await page.evaluate(() => {
      location.hash = '#/incubation'
    })
    await expect(page.locator(BOARD_ENTRY).first()).toBeAttached(SLOW)
    samples.push(await heapAfterGcMb(page))
  }
  await page.close()

  // Baseline: the app with an empty database.
  const empty = await newAppContext(browser)
  const baseline: number[] = []
  try {
    const blank = await empty.newPage()
    await blank.goto('/#/settings')
    await expect(blank.getByRole('heading', { name: '设置' })).toBeVisible()
    for (let run = 0; run < MEMORY_RUNS; run += 1) baseline.push(await heapAfterGcMb(blank))
  } finally {
    await empty.close()
  }
  figures.push({
    id: 'memory',
    label: '10 渲染进程内存 renderer JS heap, MB',
    unit: 'MB',
    samples,
    baselineLabel: 'empty database, MB',
    baselineSamples: baseline,
    target: 300
  })
})

test('4. 100,000 organisations: restore, scroll, search', async ({ browser }) => {
  // The city database is no longer needed; free its memory before the big one.
  await cityContext?.close()
  cityContext = undefined
  const set = datasets!.scroll
  const context = await newAppContext(browser)
  try {
    const page = await context.newPage()
    const { times, parseMs } = await restoreThroughUi(page, set)
    figures.push({
      id: 'restore-100k',
      label: `4 恢复 10 万组织备份 restore 100k (${(set.bytes / 1024 ** 2).toFixed(0)} MB)`,
      samples: [restoreMs(times)],
      baselineLabel: 'file.text + JSON.parse',
      baselineSamples: [parseMs],
      details: {
        checkForPreview: round(times.preview - times.chosen),
        restore: round(times.done - times.confirmed),
        counts: set.counts
      }
    })

    // The grid opens from 设置 by the hash, without a reload (which would back up 100k rows).
    await openOrganizations(page, set.counts.organizations!)
    await page.waitForTimeout(1000)
    const scroller = '.sl-grid-scroll:has([role="grid"])'
    const p50: number[] = []
    const p95: number[] = []
    const idle50: number[] = []
    const idle95: number[] = []
    const longFrames: number[] = []
    const scriptP50: number[] = []
    const scriptP95: number[] = []
    for (let run = 0; run < SCROLL_RUNS; run += 1) {
      const idle = await page.evaluate(frameIntervals, {
        selector: scroller,
        frames: SCROLL_FRAMES,
        scroll: false
      })
      idle50.push(percentile(idle.intervals, 50))
      idle95.push(percentile(idle.intervals, 95))
      const scrolled = await page.evaluate(frameIntervals, {
        selector: scroller,
        frames: SCROLL_FRAMES,
        scroll: true
      })
      expect(scrolled.scrollTop).toBeGreaterThan(0)
      p50.push(percentile(scrolled.intervals, 50))
      p95.push(percentile(scrolled.intervals, 95))
      // Frames that took longer than one and a half idle frames: at least one frame dropped.
      const budget = median(idle.intervals) * 1.5
      longFrames.push(scrolled.intervals.filter((interval) => interval > budget).length)
      scriptP50.push(round(percentile(scrolled.scrollHandlerMs, 50)))
      scriptP95.push(round(percentile(scrolled.scrollHandlerMs, 95)))
    }
    // The rows under the last scroll position were drawn.
    await expect(page.locator(GRID_ROW).first()).not.toHaveAttribute('aria-rowindex', '2')

    // Not asked for by issue #3, but the grid is meant for 100k rows: the same keystrokes there.
    const search = await measureSearch(page, set.counts.organizations!, SEARCH_QUERIES, 1)
    figures.push({
      id: 'search-100k',
      label: '4 搜索按键 10 万行 keystroke → grid, 100k',
      samples: search.samples,
      baselineLabel: 'plain <input>, → next frame',
      baselineSamples: search.baseline,
      target: 50,
      details: { keystrokes: search.keystrokes }
    })

    const details = {
      frames: SCROLL_FRAMES,
      longFrames,
      scrollHandlerP50: scriptP50,
      scrollHandlerP95: scriptP95,
      viewport: page.viewportSize()
    }
    figures.push(
      {
        id: 'scroll-p50',
        label: '4 滚动 10 万行帧间隔 scroll frame p50',
        samples: p50,
        baselineLabel: 'idle rAF loop p50',
        baselineSamples: idle50,
        details
      },
      {
        id: 'scroll-p95',
        label: '4 滚动 10 万行帧间隔 scroll frame p95',
        samples: p95,
        baselineLabel: 'idle rAF loop p95',
        baselineSamples: idle95,
        target: 16.7,
        details
      }
    )
  } finally {
    await context.close()
  }
})

test('11. Excel import of 15,000 organisations into an empty app', async ({ browser }) => {
  const file = await cityOrganizationsWorkbook()
  const context = await newAppContext(browser)
  const times = await (async () => {
    try {
      const page = await context.newPage()
      await page.goto('/#/organizations')
      await expect(countText(page)).toHaveText('共 0 条', SLOW)
      const wizard = new ImportWizard(page, '社会组织')
      await wizard.open()
      const t0 = performance.now()
      await wizard.chooseFile('社会组织台账.xlsx', file.data)
      const t1 = performance.now()
      await wizard.runDryRun()
      const t2 = performance.now()
      await expect(wizard.dryRunCount('可导入')).toHaveText(file.rows.toLocaleString('en-US'))
      const t3 = performance.now()
      await wizard.importAll({ timeout: SLOW.timeout })
      const t4 = performance.now()
      await expect(wizard.doneCount('新增')).toHaveText(`${file.rows.toLocaleString('en-US')} 条`)
      return { read: t1 - t0, dryRun: t2 - t1, write: t4 - t3 }
    } finally {
      await context.close()
    }
  })()
  const { read, dryRun, write } = times

  // Baseline: exceljs's own parse of the same bytes in the same browser (its browser build, which
  // the app's CSP would refuse as an inline script; this profile only exists to time the parse).
  const parsing = await browser.newContext({ bypassCSP: true })
  let parse = 0
  try {
    const page = await parsing.newPage()
    await page.goto(`${test.info().project.use.baseURL}/`)
    await page.addScriptTag({
      path: resolve(import.meta.dirname, '../../node_modules/exceljs/dist/exceljs.min.js')
    })
    parse = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
      const started = performance.now()
      const workbook = new (
        window as unknown as { ExcelJS: typeof import('exceljs') }
      ).ExcelJS.Workbook()
      await workbook.xlsx.load(bytes.buffer)
      const elapsed = performance.now() - started
      return workbook.worksheets[0]!.rowCount > 0 ? elapsed : -1
    }, file.data.toString('base64'))
  } finally {
    await parsing.close()
  }

  const details = { rows: file.rows, bytes: file.data.byteLength }
  const one = (id: string, label: string, ms: number, target?: number): Figure => ({
    id,
    label,
    samples: [ms],
    baselineLabel: 'exceljs load of the file',
    baselineSamples: [parse],
    target,
    details
  })
  figures.push(
    one('import-read', '11 导入 1.5 万行：读文件 read', read),
    one('import-dry-run', '11 导入 1.5 万行：预检 dry run', dryRun),
    one('import-write', '11 导入 1.5 万行：写入 import', write),
    one('import-total', '11 导入 1.5 万行：合计 total', read + dryRun + write, 2 * parse)
  )
})
