/**
 * Figures, their statistics, the table `npm run bench` prints and the JSON it writes, with a
 * description of the machine so results from different computers can be read side by side.
 */
import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import { cpus, release, totalmem } from 'node:os'
import { dirname } from 'node:path'

/** One measured quantity and the baseline measured beside it in the same run. */
export interface Figure {
  id: string
  label: string
  /** Samples in ms, one per run (or per frame-interval statistic of one run, for scrolling). */
  samples: number[]
  baselineLabel: string
  baselineSamples: number[]
  /** The goal from issues #3 and #10, in the figure's unit, where there is one. */
  target?: number
  /** What the samples measure; default `ms`. Memory is in `MB`. */
  unit?: 'ms' | 'MB'
  /** Anything else worth keeping in the JSON (per-query times, sizes, counts). */
  details?: Record<string, unknown>
}

export interface Machine {
  cpu: string
  cores: number
  memoryGiB: number
  os: string
  chromium: string
  node: string
  playwright: string
}

/** To 0.1 ms: finer than that is noise, and the JSON stays readable. */
function round(value: number): number {
  return Math.round(value * 10) / 10
}

export function median(values: readonly number[]): number {
  return percentile(values, 50)
}

/** Nearest-rank percentile (p in 0..100) of `values`; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!
}

export function describeMachine(chromiumVersion: string): Machine {
  let cpu = 'unknown'
  try {
    const line = readFileSync('/proc/cpuinfo', 'utf8')
      .split('\n')
      .find((l) => /^model name\s*:/.test(l))
    if (line) cpu = line.replace(/^model name\s*:\s*/, '').trim()
  } catch {
    cpu = cpus()[0]?.model ?? 'unknown'
  }
  const playwright = (
    JSON.parse(
      readFileSync(new URL('../../node_modules/@playwright/test/package.json', import.meta.url), {
        encoding: 'utf8'
      })
    ) as { version: string }
  ).version
  return {
    cpu,
    cores: cpus().length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${process.platform} ${release()}`,
    chromium: chromiumVersion,
    node: process.version,
    playwright
  }
}

function amount(value: number, unit: Figure['unit'] = 'ms'): string {
  if (!Number.isFinite(value)) return '—'
  const shown = value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(1)
  return `${shown} ${unit}`
}

function summarise(figure: Figure) {
  const value = median(figure.samples)
  const baseline = median(figure.baselineSamples)
  return {
    value,
    baseline,
    ratio: baseline > 0 ? value / baseline : Number.NaN,
    met: figure.target === undefined ? null : value <= figure.target
  }
}

/** The Markdown table printed at the end of a run. */
export function formatTable(figures: readonly Figure[]): string {
  const header = ['figure', 'median', 'baseline', 'ratio', 'runs', 'target']
  const rows = figures.map((figure) => {
    const { value, baseline, ratio, met } = summarise(figure)
    return [
      figure.label,
      amount(value, figure.unit),
      `${amount(baseline, figure.unit)} (${figure.baselineLabel})`,
      Number.isFinite(ratio) ? `${ratio.toFixed(1)}×` : '—',
      String(figure.samples.length),
      figure.target === undefined
        ? ''
        : `≤ ${amount(figure.target, figure.unit)} ${met ? 'ok' : 'MISSED'}`
    ]
  })
  // Chinese characters (and full-width punctuation) take two columns in a terminal.
  const wide = /[\u2e80-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/
  const width = (text: string) =>
    [...text].reduce((sum, char) => sum + (wide.test(char) ? 2 : 1), 0)
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map((row) => width(row[c]!))))
  const line = (cells: string[]) =>
    `| ${cells.map((cell, c) => cell + ' '.repeat(widths[c]! - width(cell))).join(' | ')} |`
  return [
    line(header),
    `|${widths.map((w, c) => (c === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`,
    ...rows.map(line)
  ].join('\n')
}

export async function writeResults(
  path: string,
  content: {
    startedAt: string
    durationMs: number
    machine: Machine
    datasets: Record<string, unknown>
    figures: readonly Figure[]
  }
): Promise<void> {
  const figures = content.figures.map((figure) => {
    const { value, baseline, ratio, met } = summarise(figure)
    return {
      id: figure.id,
      label: figure.label,
      unit: figure.unit ?? 'ms',
      runs: figure.samples.length,
      median: round(value),
      samples: figure.samples.map(round),
      baseline: {
        label: figure.baselineLabel,
        median: round(baseline),
        samples: figure.baselineSamples.map(round)
      },
      ratio: Math.round(ratio * 100) / 100,
      ...(figure.target === undefined ? {} : { target: figure.target, targetMet: met }),
      ...(figure.details ? { details: figure.details } : {})
    }
  })
  await mkdir(dirname(path), { recursive: true })
  await writeFile(path, `${JSON.stringify({ ...content, figures }, null, 2)}\n`)
}
