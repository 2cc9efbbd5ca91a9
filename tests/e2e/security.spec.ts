import { PRODUCTION_CSP } from '../../shared/security/csp'
import { expect, test } from './fixtures'

test.describe('content security policy', () => {
  test('runs under the production policy and blocks an injected inline script', async ({
    shell,
    securityProbe,
    networkWatch
  }) => {
    await shell.open('/settings')
    await expect(shell.pageHeading('设置')).toBeVisible()
    expect(await securityProbe.metaPolicy()).toBe(PRODUCTION_CSP)
    const loaded = networkWatch.policiesOfScriptsAndDocuments()
    expect(loaded.length).toBeGreaterThan(1)
    for (const { url, policy } of loaded) expect(policy, url).toBe(PRODUCTION_CSP)

    const probe = await securityProbe.injectInlineScript()
    expect(probe.executed).toBe(false)
    expect(probe.violatedDirectives).toContain('script-src-elem')
  })

  test('blocks a remote script, image and fetch before they leave the page, and eval', async ({
    shell,
    securityProbe
  }) => {
    await shell.open('/settings')
    await expect(shell.pageHeading('设置')).toBeVisible()

    const script = await securityProbe.injectRemoteScript()
    expect(script).toEqual({
      succeeded: false,
      violatedDirectives: ['script-src-elem'],
      requestsSent: 0
    })
    const image = await securityProbe.injectRemoteImage()
    expect(image).toEqual({ succeeded: false, violatedDirectives: ['img-src'], requestsSent: 0 })
    const fetched = await securityProbe.fetchRemote()
    expect(fetched).toEqual({
      succeeded: false,
      violatedDirectives: ['connect-src'],
      requestsSent: 0
    })
    const evaluated = await securityProbe.callEval()
    expect(evaluated).toEqual({
      succeeded: false,
      violatedDirectives: ['script-src'],
      requestsSent: 0
    })
  })
})

test.describe('nothing remote', () => {
  test('loading the app and walking every page with the sample data requests nothing outside the app', async ({
    page,
    shell,
    settingsPage,
    navigationTour,
    networkWatch
  }) => {
    await shell.open('/settings')
    await settingsPage.loadSampleData()
    const visited = await navigationTour.visitEveryPage()
    expect(visited).toContain('报告')
    expect(visited.length).toBeGreaterThanOrEqual(13)

    const origin = new URL(page.url()).origin
    expect(networkWatch.seenRequests()).toContain(`${origin}/`)
    expect(networkWatch.outsideRequests(origin)).toEqual([])
  })
})
