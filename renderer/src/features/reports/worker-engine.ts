/**
 * The app's ReportEngine: one Web Worker for the session (fonts are parsed once), requests matched
 * to answers by id. The fallback font is read from the 设置 store before each request and sent
 * only when it changed.
 */
import type { ReportDocument } from '@shared/pdf/report-model'
import type {
  EngineFallbackFont,
  EngineRequest,
  EngineResponse,
  ReportEngine
} from './report-engine'

type Pending = {
  resolve: (response: EngineResponse & { ok: true }) => void
  reject: (error: Error) => void
}

export function createWorkerEngine(
  readFallback: () => Promise<EngineFallbackFont | null>
): ReportEngine {
  let worker: Worker | null = null
  let nextId = 1
  let sentFallback: string | undefined
  const pending = new Map<number, Pending>()

  function start(): Worker {
    if (worker) return worker
    worker = new Worker(new URL('./report.worker.ts', import.meta.url), { type: 'module' })
    worker.addEventListener('message', (event: MessageEvent<EngineResponse>) => {
      const answer = event.data
      const waiting = pending.get(answer.id)
      if (!waiting) return
      pending.delete(answer.id)
      if (answer.ok) waiting.resolve(answer)
      else waiting.reject(new Error(answer.message))
    })
    worker.addEventListener('error', (event) => {
      // A worker that failed to load answers nothing; fail what waits and start afresh next time.
      for (const waiting of pending.values())
        waiting.reject(new Error(`报告引擎出错：${event.message}`))
      pending.clear()
      worker?.terminate()
      worker = null
      sentFallback = undefined
    })
    return worker
  }

  async function ask(type: EngineRequest['type'], report: ReportDocument) {
    const fallback = await readFallback()
    const key = fallback ? `${fallback.name}:${fallback.bytes.byteLength}` : ''
    const request: EngineRequest = { id: nextId++, type, report }
    if (key !== sentFallback) {
      request.fallback = fallback
      sentFallback = key
    }
    const target = start()
    return new Promise<EngineResponse & { ok: true }>((resolve, reject) => {
      pending.set(request.id, { resolve, reject })
      target.postMessage(request)
    })
  }

  return {
    async check(report) {
      return (await ask('check', report)).missing ?? []
    },
    async render(report) {
      const answer = await ask('render', report)
      if (!answer.pdf) throw new Error('报告引擎没有返回文件')
      return answer.pdf
    }
  }
}
