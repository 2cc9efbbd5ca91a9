import { defineConfig } from '@playwright/test'
import e2e from './playwright.config'

/**
 * `npm run bench` (tests/bench): the built renderer, served by `vite preview`, driven in the same
 * Chromium with the same launch arguments as the E2E tests (taken from playwright.config.ts, so
 * CHROMIUM_PATH works here too). One worker and serial tests: the figures share browser contexts,
 * and nothing else may compete for the CPU while they are measured. Not part of `npm test`.
 */
const port = Number(process.env.BENCH_PORT ?? 4183)

export default defineConfig({
  testDir: 'tests/bench',
  testMatch: '**/*.bench.ts',
  // Apart from test-results/, which an E2E run (maybe at the same time) empties.
  outputDir: 'bench-results/test-output',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  // Restoring the 202 MB city takes about a minute on a 2-core machine; a whole run about 25.
  timeout: 600_000,
  expect: { timeout: 30_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    // A common office screen; the rows in view decide how much each scroll frame renders.
    viewport: { width: 1366, height: 768 },
    trace: 'off',
    launchOptions: e2e.use?.launchOptions
  },
  webServer: {
    command: `npx vite preview --config vite.preview.config.ts --outDir out/renderer --port ${port} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${port}`,
    // Always the build just made, never a server left over from something else.
    reuseExistingServer: false,
    timeout: 60_000
  }
})
