/**
 * The PDF engine's thread. Loads the bundled fonts once (the two 10 MB files are Vite assets taken
 * from node_modules at build time, never committed), reads the fallback font when the page sends
 * a new one, and answers check and render requests.
 */
import regularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url'
import boldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url'
import { missingCharacters } from '@shared/pdf/glyph-check'
import { renderReport } from '@shared/pdf/render-report'
import { loadReportFonts, type ReportFonts } from '@shared/pdf/report-fonts'
import type { EngineFallbackFont, EngineRequest, EngineResponse } from './report-engine'

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`无法读取报告字体（${response.status}）`)
  return new Uint8Array(await response.arrayBuffer())
}

let bundled: Promise<{ regular: Uint8Array; bold: Uint8Array }> | null = null
let fallback: EngineFallbackFont | null = null
/** Shared by requests that arrive together (the check and the render of one export). */
let fonts: Promise<ReportFonts> | null = null

function currentFonts(request: EngineRequest): Promise<ReportFonts> {
  if (bundled === null) {
    const fetching = Promise.all([fetchFont(regularUrl), fetchFont(boldUrl)]).then(
      ([regular, bold]) => ({ regular, bold })
    )
    fetching.catch(() => {
      if (bundled === fetching) bundled = null
    })
    bundled = fetching
  }
  if (request.fallback !== undefined) {
    fallback = request.fallback
    fonts = null
  }
  const chosen = fallback
  const files = bundled
  fonts ??= files.then(({ regular, bold }) =>
    loadReportFonts({ regular, bold, ...(chosen ? { fallback: chosen } : {}) })
  )
  const loading = fonts
  // A failed load (a font file unreadable) is not kept: the next export tries again.
  loading.catch(() => {
    if (fonts === loading) fonts = null
  })
  return loading
}

const scope = self as unknown as {
  addEventListener(type: 'message', listener: (event: MessageEvent<EngineRequest>) => void): void
  postMessage(message: EngineResponse, transfer?: Transferable[]): void
}

scope.addEventListener('message', (event) => {
  const request = event.data
  void (async () => {
    try {
      const loaded = await currentFonts(request)
      if (request.type === 'check') {
        scope.postMessage({
          id: request.id,
          ok: true,
          missing: missingCharacters(request.report, loaded)
        })
      } else {
        const pdf = renderReport(request.report, loaded)
        scope.postMessage({ id: request.id, ok: true, pdf }, [pdf.buffer])
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      scope.postMessage({ id: request.id, ok: false, message })
    }
  })()
})
