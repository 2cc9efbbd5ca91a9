import { expect, test } from './fixtures'

test.describe('content security policy', () => {
  test('blocks an injected inline script', async ({ shell, securityProbe }) => {
    await shell.open('/settings')
    await expect(shell.pageHeading('设置')).toBeVisible()
    const probe = await securityProbe.injectInlineScript()
    expect(probe.executed).toBe(false)
    expect(probe.violatedDirectives).toContain('script-src-elem')
  })
})
