import { spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  PARSE_ERROR,
  entryMatches,
  fails,
  formatVerdict,
  judge,
  parseAllowlist,
  stableFileName,
  toFindings,
  withRetriedFiles
} from '../../../electron/build/electronegativity.mjs'
import { tempDir } from '../../helpers/temp-dir'

type Finding = ReturnType<typeof toFindings>[number]

function finding(overrides: Partial<Finding> = {}): Finding {
  return {
    check: 'DANGEROUS_FUNCTIONS_JS_CHECK',
    severity: 'MEDIUM',
    file: 'renderer/assets/exceljs.min-GstOfhTm.js',
    location: '10:88742',
    description: 'Do not use eval',
    ...overrides
  }
}

const exceljsEntry = {
  check: 'DANGEROUS_FUNCTIONS_JS_CHECK',
  file: 'renderer/assets/exceljs.min.js',
  reason: 'polyfill, blocked by the CSP'
}

describe('stableFileName', () => {
  it.each([
    ['renderer/assets/index-q51btdqz.js', 'renderer/assets/index.js'],
    ['renderer/assets/exceljs.min-_si2lFEs.js', 'renderer/assets/exceljs.min.js'],
    ['renderer/assets/pdf.worker.min-FHbmGBN0.mjs', 'renderer/assets/pdf.worker.min.mjs'],
    [
      'renderer/assets/_virtual_third-party-licenses-jlpZCI-c.js',
      'renderer/assets/_virtual_third-party-licenses.js'
    ],
    ['renderer\\assets\\index-q51btdqz.js', 'renderer/assets/index.js'],
    ['main/index.js', 'main/index.js'],
    ['preload/index.cjs', 'preload/index.cjs'],
    ['renderer/index.html', 'renderer/index.html']
  ])('%s → %s', (file, stable) => {
    expect(stableFileName(file)).toBe(stable)
  })
})

describe('parseAllowlist', () => {
  it('reads entries with a check, a file and a reason', () => {
    expect(parseAllowlist(JSON.stringify([exceljsEntry]))).toEqual([exceljsEntry])
  })

  it.each([
    ['an object instead of a list', '{}', /array/],
    ['an entry without a reason', JSON.stringify([{ ...exceljsEntry, reason: ' ' }]), /reason/],
    ['an entry without a file', JSON.stringify([{ check: 'X', reason: 'y' }]), /"file"/],
    ['an unknown field', JSON.stringify([{ ...exceljsEntry, line: 3 }]), /unknown field.*line/],
    ['a non-object entry', JSON.stringify(['X']), /entry 1: not an object/]
  ])('refuses %s', (_name, text, message) => {
    expect(() => parseAllowlist(text)).toThrow(message)
  })

  it('accepts the reviewed allowlist the scan uses, each entry with its reason', () => {
    const entries = parseAllowlist(
      readFileSync('electron/build/electronegativity-allowlist.json', 'utf8')
    )
    for (const entry of entries) {
      expect(entry.file, 'files are named without their content hash').toBe(
        stableFileName(entry.file)
      )
      expect(entry.reason.length).toBeGreaterThan(20)
    }
  })
})

describe('toFindings', () => {
  it('maps issues and unparsable files to findings with paths under out/', () => {
    const findings = toFindings(
      {
        issues: [
          {
            id: 'SANDBOX_JS_CHECK',
            severity: { name: 'MEDIUM' },
            file: 'preload/index.cjs.js',
            location: { line: 3, column: 100 },
            description: 'Use sandbox\n  for untrusted origins'
          },
          {
            id: 'CSP_GLOBAL_CHECK',
            severity: { name: 'MEDIUM' },
            file: 'N/A',
            location: { line: 0, column: 0 },
            description: 'No CSP'
          }
        ],
        errors: [
          {
            file: '/tmp/scan/renderer/a.js',
            message: 'Unknown node type PrivateName.',
            tolerable: false
          },
          { file: '/tmp/scan/renderer/b.js', message: 'recovered', tolerable: true }
        ]
      },
      (scanned) => scanned.replace('/tmp/scan/', '').replace(/\.cjs\.js$/, '.cjs')
    )
    expect(findings).toEqual([
      {
        check: 'SANDBOX_JS_CHECK',
        severity: 'MEDIUM',
        file: 'preload/index.cjs',
        location: '3:100',
        description: 'Use sandbox for untrusted origins'
      },
      {
        check: 'CSP_GLOBAL_CHECK',
        severity: 'MEDIUM',
        file: 'N/A',
        location: '0:0',
        description: 'No CSP'
      },
      {
        check: PARSE_ERROR,
        severity: 'HIGH',
        file: 'renderer/a.js',
        location: '',
        description: 'the scanner could not parse this file: Unknown node type PrivateName.'
      }
    ])
  })
})

describe('withRetriedFiles', () => {
  it('replaces parse failures by what the lowered copies showed, marking their locations', () => {
    const first = [
      finding(),
      finding({ check: PARSE_ERROR, severity: 'HIGH', file: 'renderer/pdf.js', location: '' })
    ]
    const retried = [finding({ check: 'HTTP_RESOURCES_JS_CHECK', file: 'renderer/pdf.js' })]
    expect(withRetriedFiles(first, retried)).toEqual([
      finding(),
      finding({
        check: 'HTTP_RESOURCES_JS_CHECK',
        file: 'renderer/pdf.js',
        location: '10:88742 (ES2021 copy)'
      })
    ])
  })

  it('keeps a file that cannot be parsed even when lowered as a parse failure', () => {
    const failure = finding({ check: PARSE_ERROR, severity: 'HIGH', location: '' })
    expect(withRetriedFiles([failure], [failure])).toEqual([failure])
  })
})

describe('judge', () => {
  it('accepts an allowlisted finding whatever the content hash of its file', () => {
    expect(entryMatches(exceljsEntry, finding())).toBe(true)
    expect(
      entryMatches(exceljsEntry, finding({ file: 'renderer/assets/exceljs.min-Zz9_Yy8-.js' }))
    ).toBe(true)
    expect(entryMatches(exceljsEntry, finding({ file: 'renderer/assets/index-q51btdqz.js' }))).toBe(
      false
    )
    expect(entryMatches(exceljsEntry, finding({ check: 'SANDBOX_JS_CHECK' }))).toBe(false)
  })

  it('fails on HIGH and MEDIUM findings outside the allowlist and passes the allowlisted', () => {
    const high = finding({ check: 'CONTEXT_ISOLATION_JS_CHECK', severity: 'HIGH' })
    const low = finding({ check: 'CSP_GLOBAL_CHECK', severity: 'LOW' })
    const info = finding({ check: 'AUXCLICK_JS_CHECK', severity: 'INFORMATIONAL' })
    const verdict = judge([finding(), high, low, info], [exceljsEntry])
    expect(verdict).toEqual({
      blocking: [high],
      allowed: [finding()],
      informational: [low, info],
      stale: []
    })
    expect(fails(verdict)).toBe(true)
    expect(fails(judge([finding(), low], [exceljsEntry]))).toBe(false)
  })

  it('fails on an allowlist entry that no longer matches anything, so the list stays honest', () => {
    const verdict = judge([], [exceljsEntry])
    expect(verdict.stale).toEqual([exceljsEntry])
    expect(fails(verdict)).toBe(true)
  })

  it('does not let an entry for a LOW finding stand: it matches nothing that fails', () => {
    const verdict = judge([finding({ severity: 'LOW' })], [exceljsEntry])
    expect(verdict.stale).toEqual([exceljsEntry])
  })

  it('treats a file the scanner could not read as blocking until reviewed', () => {
    const unread = finding({ check: PARSE_ERROR, severity: 'HIGH', location: '' })
    expect(judge([unread], []).blocking).toEqual([unread])
  })

  it('reports what blocks, what is stale and what was accepted', () => {
    const high = finding({ check: 'SANDBOX_JS_CHECK', severity: 'HIGH', file: 'main/index.js' })
    const stale = { ...exceljsEntry, check: 'HTTP_RESOURCES_JS_CHECK' }
    const text = formatVerdict(judge([finding(), high], [exceljsEntry, stale]), {
      files: 10,
      seconds: 12.34
    })
    expect(text).toContain('10 files scanned in 12.3 s; 1 blocking, 1 allowlisted')
    expect(text).toContain('HIGH SANDBOX_JS_CHECK main/index.js 10:88742')
    expect(text).toContain('no longer match')
    expect(text).toContain('HTTP_RESOURCES_JS_CHECK renderer/assets/exceljs.min.js')
  })
})

describe('the scan command', () => {
  it('fails on an insecure main process, offline, naming each finding and stale entry', () => {
    const root = tempDir('electronegativity-fixture-')
    const out = join(root, 'out')
    for (const part of ['main', 'preload', 'renderer'])
      mkdirSync(join(out, part), { recursive: true })
    writeFileSync(
      join(out, 'main', 'index.js'),
      [
        "const { app, BrowserWindow } = require('electron')",
        'app.whenReady().then(() => {',
        '  new BrowserWindow({ webPreferences: { contextIsolation: false, sandbox: false } })',
        '})'
      ].join('\n')
    )
    // The preload is CommonJS with a .cjs name, which the scanner alone would skip.
    writeFileSync(
      join(out, 'preload', 'index.cjs'),
      "require('electron')\neval('window.' + location.hash)"
    )
    writeFileSync(join(out, 'renderer', 'index.html'), '<!doctype html><html><head></head></html>')
    const allowlist = join(root, 'allowlist.json')
    writeFileSync(
      allowlist,
      JSON.stringify([
        {
          check: 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
          file: 'N/A',
          reason: 'fixture: accepted to show that entries apply'
        },
        { check: 'SANDBOX_JS_CHECK', file: 'renderer/gone.js', reason: 'fixture: stale entry' }
      ])
    )

    const run = spawnSync(
      process.execPath,
      ['electron/build/electronegativity.mjs', '--out', out, '--allowlist', allowlist],
      { encoding: 'utf8', timeout: 60_000 }
    )

    expect(run.status, run.stderr).toBe(1)
    expect(run.stdout).toMatch(/HIGH CONTEXT_ISOLATION_JS_CHECK main\/index\.js/)
    expect(run.stdout).toMatch(/MEDIUM SANDBOX_JS_CHECK main\/index\.js/)
    expect(run.stdout).toMatch(/DANGEROUS_FUNCTIONS_JS_CHECK preload\/index\.cjs/)
    expect(run.stdout).toMatch(/Allowlisted:\n {2}MEDIUM PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK/)
    expect(run.stdout).toMatch(
      /no longer match any finding[^\n]*\n {2}SANDBOX_JS_CHECK renderer\/gone\.js/
    )
    expect(run.stdout).toContain('Network requests refused (offline)')
  }, 60_000)
})
