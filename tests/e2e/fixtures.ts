/**
 * Page objects as Playwright fixtures, so specs read as user steps. Every test gets a new browser
 * context, so its IndexedDB starts empty and tests can run in parallel.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { test as base } from '@playwright/test'
import { AboutPage } from './pages/about-page'
import { AppShell } from './pages/app-shell'
import {
  IncubationListPage,
  OrganizationIncubationSection,
  StayPage
} from './pages/incubation-pages'
import {
  OrganizationDetailPage,
  OrganizationForm,
  OrganizationListPage
} from './pages/organization-pages'
import { NavigationTour } from './pages/navigation-tour'
import { NetworkWatch, SecurityProbe } from './pages/security-probe'
import { SettingsPage } from './pages/settings-page'
import { ApplicationPage, ApplicationsTab } from './pages/venture-application-pages'
import { ResultsTab } from './pages/venture-results-pages'
import {
  ReviewDayPage,
  ReviewerPoolPage,
  ReviewTab,
  ScreeningTab
} from './pages/venture-review-pages'
import { RoundPage, VentureRoundsPage } from './pages/venture-round-pages'

export { expect } from '@playwright/test'

/** The version the build was made from, to compare with what the 关于 page shows. */
export const APP_VERSION = (
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../package.json'), 'utf8')) as {
    version: string
  }
).version

export const test = base.extend<{
  shell: AppShell
  settingsPage: SettingsPage
  aboutPage: AboutPage
  securityProbe: SecurityProbe
  networkWatch: NetworkWatch
  navigationTour: NavigationTour
  organizations: OrganizationListPage
  organizationForm: OrganizationForm
  organization: OrganizationDetailPage
  incubationPage: IncubationListPage
  stayPage: StayPage
  organizationIncubation: OrganizationIncubationSection
  ventureRounds: VentureRoundsPage
  round: RoundPage
  reviewerPool: ReviewerPoolPage
  applicationsTab: ApplicationsTab
  application: ApplicationPage
  screening: ScreeningTab
  reviewTab: ReviewTab
  reviewDay: ReviewDayPage
  resultsTab: ResultsTab
}>({
  shell: async ({ page }, use) => use(new AppShell(page)),
  settingsPage: async ({ page }, use) => use(new SettingsPage(page)),
  aboutPage: async ({ page }, use) => use(new AboutPage(page)),
  securityProbe: async ({ page }, use) => use(new SecurityProbe(page)),
  // Created before the test opens the app, so it sees the very first request.
  networkWatch: async ({ page }, use) => use(new NetworkWatch(page)),
  navigationTour: async ({ page }, use) => use(new NavigationTour(page)),
  organizations: async ({ page }, use) => use(new OrganizationListPage(page)),
  organizationForm: async ({ page }, use) => use(new OrganizationForm(page)),
  organization: async ({ page }, use) => use(new OrganizationDetailPage(page)),
  incubationPage: async ({ page }, use) => use(new IncubationListPage(page)),
  stayPage: async ({ page }, use) => use(new StayPage(page)),
  organizationIncubation: async ({ page }, use) => use(new OrganizationIncubationSection(page)),
  ventureRounds: async ({ page }, use) => use(new VentureRoundsPage(page)),
  round: async ({ page }, use) => use(new RoundPage(page)),
  reviewerPool: async ({ page }, use) => use(new ReviewerPoolPage(page)),
  applicationsTab: async ({ page }, use) => use(new ApplicationsTab(page)),
  application: async ({ page }, use) => use(new ApplicationPage(page)),
  screening: async ({ page }, use) => use(new ScreeningTab(page)),
  reviewTab: async ({ page }, use) => use(new ReviewTab(page)),
  reviewDay: async ({ page }, use) => use(new ReviewDayPage(page)),
  resultsTab: async ({ page }, use) => use(new ResultsTab(page))
})
