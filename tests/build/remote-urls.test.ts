// Nothing remote: the built app must not load or fetch anything from outside its own origin. Run
// after `npm run build` by `npm test`; the e2e security spec checks the same at run time.
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'

const out = 'out'
const LICENCE_CHUNK = /(^|\/)_virtual_third-party-licenses-[\w-]{8}\.js$/

/**
 * Every remote origin that occurs as text in the build, and why that text is never loaded.
 * A new origin fails the test until someone has looked at where it comes from and added it here.
 * Dynamic URLs built from a variable (`http://${host}`) are listed as `(template)`.
 */
const REVIEWED_ORIGINS: Readonly<Record<string, string>> = {
  'http://www.w3.org': 'XML, SVG and XHTML namespace identifiers; namespaces are never fetched',
  'http://schemas.openxmlformats.org': 'Office Open XML namespaces exceljs writes into .xlsx',
  'http://schemas.microsoft.com': 'Office Open XML namespaces exceljs writes into .xlsx',
  'http://purl.org': 'Dublin Core namespace of the .xlsx document properties',
  'http://www.xfa.org': 'XFA form namespaces pdf.js recognises when reading a PDF',
  'http://ns.adobe.com': 'XMP metadata namespaces pdf.js and jsPDF recognise',
  'http://jspdf.default.namespaceuri': 'jsPDF default XMP namespace identifier',
  'http://json-schema.org': "JSON Schema `$schema` identifiers in zod's schema export",
  'https://json-schema.org': "JSON Schema `$schema` identifiers in zod's schema export",
  'http://localhost.evil': "a misleading URL in the main process's comment on its URL guard",
  'http://localhost': 'react-router parses relative paths against this base; nothing is requested',
  'http://example.com': 'pdf.js parses relative links against this base; nothing is requested',
  'https://foo.bar': 'pdf.js parses relative links against this base; nothing is requested',
  '(template)': 'scheme added to user text (`www.x` → `http://www.x`) or an IPv6 check in zod',
  'https://github.com': 'links in licence headers and in error or deprecation messages',
  'https://react.dev': 'link to the decoder page in React production error messages',
  'https://reactrouter.com': 'link in a react-router error message',
  'https://rolldown.rs': 'link in the bundler runtime error for a missing `require`',
  'https://tinyurl.com': 'link in a Dexie error message',
  'http://bit.ly': 'link in a Dexie error message',
  'https://stuk.github.io': 'link in a JSZip (inside exceljs) error message',
  'https://scripts.sil.org': 'SIL Open Font License text of the report font',
  'http://www.apache.org': 'Apache License header of pdf.js',
  'http://opensource.org': 'MIT licence headers kept in the jsPDF bundle',
  'http://www.fpdf.org': 'credit comment in jsPDF (it derives from FPDF)',
  'https://www.cs.cmu.edu': 'credit comment in a jsPDF plugin',
  'https://webpjs.appspot.com': 'credit comment for the WebP decoder in jsPDF',
  'https://html2canvas.hertzen.com': 'jsPDF credit comment; html2canvas is not bundled',
  'https://hertzen.com': 'jsPDF credit comment; html2canvas is not bundled',
  'http://www.yworks.com': 'copyright comment in jsPDF',
  'http://www.phpied.com': 'credit comment in jsPDF',
  'http://www.myersdaily.org': 'credit comment (MD5 routine) in jsPDF',
  'http://www.adobe.com': 'reference comment in jsPDF or pdf.js',
  'https://cdnjs.cloudflare.com':
    "jsPDF's output('pdfobjectnewwindow') writes a pdfobject <script> into a new window; the " +
    'app never uses that mode, window.open is denied and script-src allows only the app itself'
}

interface BuiltFile {
  name: string
  code: string
}

function builtFiles(part: string): BuiltFile[] {
  const dir = join(out, part)
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(html|css|js|cjs|mjs)$/.test(file))
    .map((file) => ({
      name: `${part}/${file.replaceAll('\\', '/')}`,
      code: readFileSync(join(dir, file), 'utf8')
    }))
}

const files = ['main', 'preload', 'renderer'].flatMap(builtFiles)
const URL_PATTERN = /\bhttps?:\/\/[^\s"'`)<>\\]*/g

function originOf(url: string): string {
  const match = /^(https?:\/\/)([^/?#:]*)/.exec(url)!
  const host = match[2]!
  return host.includes('$') || host.startsWith('[') ? '(template)' : `${match[1]}${host}`
}

/**
 * What comes right before a URL when it is about to be loaded: an HTML or CSS attribute, a call
 * that fetches or loads, or an assignment to `src`/`href`/`location`.
 */
const LOAD_CONTEXT = new RegExp(
  [
    String.raw`\b(?:src|href|srcset|action|poster|data|xlink:href)\s*=\s*\\?["'\x60]?$`,
    String.raw`\b(?:fetch|import|importScripts|Worker|SharedWorker|EventSource|WebSocket|sendBeacon|loadURL|url|open)\s*\(\s*["'\x60]?$`,
    String.raw`\.(?:src|href|location)\s*=\s*["'\x60]?$`,
    String.raw`@import\s+(?:url\()?["'\x60]?$`
  ].join('|')
)
const PROTOCOL_RELATIVE_LOAD =
  /\b(?:src|href)\s*=\s*\\?["'`]\/\/[a-z0-9]|url\(\s*["']?\/\/[a-z0-9]|\b(?:fetch|import)\(\s*["'`]\/\/[a-z0-9]/i

function remoteUrls(file: BuiltFile): { url: string; before: string }[] {
  return [...file.code.matchAll(URL_PATTERN)].map((match) => ({
    url: match[0],
    before: file.code.slice(Math.max(0, match.index - 40), match.index)
  }))
}

describe('built app: nothing remote', () => {
  it('has built files to look at', () => {
    expect(files.filter((file) => file.name.startsWith('renderer/')).length).toBeGreaterThan(3)
  })

  it('loads, fetches or imports no remote URL from any script, page or stylesheet', () => {
    const loads = files.flatMap((file) =>
      remoteUrls(file)
        .filter(({ before }) => LOAD_CONTEXT.test(before))
        .map(({ url, before }) => `${file.name}: …${before}${url}`)
    )
    const protocolRelative = files
      .filter((file) => PROTOCOL_RELATIVE_LOAD.test(file.code))
      .map((file) => `${file.name}: ${PROTOCOL_RELATIVE_LOAD.exec(file.code)![0]}`)
    expect([...loads, ...protocolRelative]).toEqual([])
  })

  it('contains remote URLs only from reviewed origins that are never fetched', () => {
    const unreviewed = new Map<string, string>()
    for (const file of files) {
      if (LICENCE_CHUNK.test(file.name)) continue
      for (const { url } of remoteUrls(file)) {
        const origin = originOf(url)
        if (!(origin in REVIEWED_ORIGINS) && !unreviewed.has(origin)) {
          unreviewed.set(origin, `${file.name}: ${url}`)
        }
      }
    }
    expect([...unreviewed.values()]).toEqual([])
  })

  it('keeps the reviewed list honest: every reviewed origin still occurs in the build', () => {
    const seen = new Set(
      files
        .filter((file) => !LICENCE_CHUNK.test(file.name))
        .flatMap((file) => remoteUrls(file).map(({ url }) => originOf(url)))
    )
    expect(Object.keys(REVIEWED_ORIGINS).filter((origin) => !seen.has(origin))).toEqual([])
  })

  it('keeps the URLs of the licence chunk inside the licence texts it exports', async () => {
    const chunk = files.find((file) => LICENCE_CHUNK.test(file.name))
    expect(chunk).toBeDefined()
    const module = (await import(pathToFileURL(resolve(out, chunk!.name)).href)) as {
      default: Record<string, unknown>[]
    }
    const texts: string[] = []
    for (const entry of module.default) {
      expect(Object.keys(entry).sort()).toEqual(['license', 'name', 'text', 'version'])
      texts.push(...Object.values(entry).map(String))
    }
    const inTexts = texts.flatMap((text) => text.match(URL_PATTERN) ?? [])
    expect(remoteUrls(chunk!).map(({ url }) => url)).toEqual(inTexts)
  })
})
