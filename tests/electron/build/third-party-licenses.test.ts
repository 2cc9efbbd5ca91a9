import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { collectThirdPartyLicenses } from '../../../electron/build/third-party-licenses'
import { tempDir } from '../../helpers/temp-dir'

function writePackage(dir: string, pkg: object, licenseText?: string): void {
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'package.json'), JSON.stringify(pkg))
  if (licenseText) writeFileSync(join(dir, 'LICENSE'), licenseText)
}

describe('collectThirdPartyLicenses', () => {
  it('walks the production tree, follows nested node_modules and skips dev dependencies', () => {
    const root = tempDir('licenses-')
    writePackage(root, {
      name: 'app',
      version: '1.0.0',
      dependencies: { a: '1' },
      devDependencies: { devonly: '1' }
    })
    writePackage(
      join(root, 'node_modules/a'),
      {
        name: 'a',
        version: '1.0.0',
        license: 'MIT',
        dependencies: { b: '2' }
      },
      'MIT License text'
    )
    // `a` needs b@2, nested under it; the hoisted b@1 is not in the production tree.
    writePackage(join(root, 'node_modules/a/node_modules/b'), {
      name: 'b',
      version: '2.0.0',
      license: { type: 'ISC' }
    })
    writePackage(join(root, 'node_modules/b'), { name: 'b', version: '1.0.0', license: 'MIT' })
    writePackage(join(root, 'node_modules/devonly'), { name: 'devonly', version: '1.0.0' })

    expect(collectThirdPartyLicenses(root)).toEqual([
      { name: 'a', version: '1.0.0', license: 'MIT', text: 'MIT License text' },
      { name: 'b', version: '2.0.0', license: 'ISC', text: '' }
    ])
  })

  it('lists the real production dependencies of this app with their licence texts', () => {
    const list = collectThirdPartyLicenses(process.cwd())
    const names = list.map((entry) => entry.name)
    expect(names).toEqual(expect.arrayContaining(['react', 'antd', 'dexie']))
    expect(names).not.toContain('vitest')
    expect(list.find((entry) => entry.name === 'react')?.text).toMatch(/MIT License/)
  })
})
