// Packaging cannot run on our machines (it downloads Electron and NSIS), so the config is checked
// statically: electron-builder's own schema validation, plus the settings we must never lose.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
// electron-builder's own validator, the one `electron-builder` runs before packaging.
import { validateConfiguration } from 'app-builder-lib/out/util/config/config.js'
import { APP_USER_MODEL_ID } from '../../../electron/main/paths'

type TargetList = Array<{ target: string; arch: string[] }>

const config = JSON.parse(readFileSync('electron-builder.json', 'utf8'))
// The validator only logs through this; a silent stand-in keeps the test output clean.
const silentLogger = { add() {}, isEnabled: false } as unknown as Parameters<
  typeof validateConfiguration
>[1]

describe('electron-builder.json', () => {
  it('passes electron-builder schema validation', async () => {
    await expect(validateConfiguration(config, silentLogger)).resolves.toBeUndefined()
  })

  it('validation would catch a misspelt fuse (the check is real)', async () => {
    const broken = { ...config, electronFuses: { ...config.electronFuses, runAsNod: false } }
    await expect(validateConfiguration(broken, silentLogger)).rejects.toThrow(/electronFuses/)
  })

  it('uses the appId the main process gives Windows as its AppUserModelID', () => {
    expect(config.appId).toBe(APP_USER_MODEL_ID)
  })

  it('flips every security fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true
    })
    expect(config.asar).toBe(true)
  })

  it('builds a Windows NSIS installer for x64 that keeps user data on uninstall', () => {
    expect(config.win.target as TargetList).toEqual([{ target: 'nsis', arch: ['x64'] }])
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false)
    expect(config.nsis.installerLanguages).toContain('zh_CN')
    expect(config.nsis.oneClick).toBe(false)
  })

  it('builds .deb packages for UOS / Kylin on x64 and arm64', () => {
    expect(config.linux.target as TargetList).toEqual([{ target: 'deb', arch: ['x64', 'arm64'] }])
    expect(config.linux.maintainer).toMatch(/<.+@.+>/)
  })

  it('ships only the build output, with ASCII artifact and executable names', () => {
    expect(config.files).toEqual(['out/**/*', 'package.json'])
    expect(config.executableName).toMatch(/^[a-z-]+$/)
    expect(config.artifactName).toMatch(/^[\x20-\x7e]+$/)
  })

  it('takes the report fonts from a devDependency, so its other seven weights are not packed', () => {
    // electron-builder packs every production dependency; the font package holds nine weights
    // (about 90 MB), and the build bundles only Regular and Bold as assets.
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
    expect(pkg.devDependencies['@expo-google-fonts/noto-sans-sc']).toBe('0.4.3')
    expect(pkg.dependencies).not.toHaveProperty('@expo-google-fonts/noto-sans-sc')
  })

  it('matches the app entry in package.json', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'))
    expect(pkg.main).toBe('out/main/index.js')
    expect(pkg.productName).toBe(config.productName)
  })
})
