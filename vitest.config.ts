import { defineConfig } from 'vitest/config'
import react from '@vitejs/plugin-react'
import { aliases, rendererDefines } from './electron.vite.config.ts'

// Dates are grouped and displayed in China time; tests must see the same clock as users.
process.env.TZ = 'Asia/Shanghai'

export default defineConfig({
  resolve: { alias: aliases },
  test: {
    // Vitest leaves a core for itself by default, which on the 2-core CI machine means one worker;
    // its main process is nearly idle while files run, and two workers cut the unit phase by a third.
    maxWorkers: '100%',
    projects: [
      {
        resolve: { alias: aliases },
        test: {
          name: 'shared',
          environment: 'node',
          include: ['tests/shared/**/*.test.ts'],
          setupFiles: ['tests/helpers/fast-check-seed.ts'],
          // Pure functions, no mocks or globals: one module graph for all files saves importing
          // the domain again for each of 140 files.
          isolate: false
        }
      },
      {
        resolve: { alias: aliases },
        test: { name: 'electron', environment: 'node', include: ['tests/electron/**/*.test.ts'] }
      },
      {
        resolve: { alias: aliases },
        plugins: [react()],
        define: rendererDefines,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['tests/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/helpers/fast-check-seed.ts', 'tests/renderer/setup.ts'],
          // Rendering whole pages takes seconds on a loaded 2-core CI machine; the 5 s default
          // failed passing tests there. A test that hangs still fails.
          testTimeout: 30_000
        }
      },
      {
        // Checks on the built output; `npm test` runs this project after `npm run build`.
        resolve: { alias: aliases },
        test: { name: 'build', environment: 'node', include: ['tests/build/**/*.test.ts'] }
      }
    ]
  }
})
