/**
 * Which ReportEngine the export flow uses: the app's one worker engine, unless a test provides an
 * in-process one.
 */
import { createContext, useContext, useEffect, type ReactNode } from 'react'
import type { EngineFallbackFont, ReportEngine } from './report-engine'
import { useFallbackFontStore } from './fallback-font-store'
import { createWorkerEngine } from './worker-engine'

const ReportEngineContext = createContext<ReportEngine | null>(null)

export function ReportEngineProvider({
  engine,
  children
}: {
  engine: ReportEngine
  children: ReactNode
}) {
  return <ReportEngineContext.Provider value={engine}>{children}</ReportEngineContext.Provider>
}

/** Reads the fallback font through the store of the database that is open now. */
let readFallback: () => Promise<EngineFallbackFont | null> = async () => null
let workerEngine: ReportEngine | null = null

export function useReportEngine(): ReportEngine {
  const provided = useContext(ReportEngineContext)
  const store = useFallbackFontStore()
  useEffect(() => {
    readFallback = () => store.readFallbackFont()
  }, [store])
  if (provided) return provided
  workerEngine ??= createWorkerEngine(() => readFallback())
  return workerEngine
}
