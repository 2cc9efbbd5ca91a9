/**
 * What the export flow asks of the PDF engine: check a report's characters against the fonts,
 * and draw it. In the app this runs in a Web Worker (report.worker.ts) so a long report never
 * freezes the page; tests pass an engine that runs `shared/pdf` in-process.
 */
import type { MissingCharacter } from '@shared/pdf/glyph-check'
import type { ReportDocument } from '@shared/pdf/report-model'

export interface ReportEngine {
  /** Characters of the report that neither Noto Sans SC nor the fallback font has. */
  check(report: ReportDocument): Promise<MissingCharacter[]>
  /** The PDF file. */
  render(report: ReportDocument): Promise<Uint8Array>
}

/** A font file as the 设置 page stores it, passed to the engine when it changes. */
export interface EngineFallbackFont {
  name: string
  bytes: Uint8Array
}

/** Requests the worker understands. `fallback` is sent only when it changed since the last one. */
export type EngineRequest = {
  id: number
  type: 'check' | 'render'
  report: ReportDocument
  fallback?: EngineFallbackFont | null
}

export type EngineResponse =
  | { id: number; ok: true; missing?: MissingCharacter[]; pdf?: Uint8Array }
  | { id: number; ok: false; message: string }
