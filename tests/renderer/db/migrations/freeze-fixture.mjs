// Freezes the migration fixture of the current schema version (see freeze-fixture.ts):
//
//     node tests/renderer/db/migrations/freeze-fixture.mjs
//
// Node cannot run the app's TypeScript itself, so Vite loads it, with the app's import aliases.
import { dirname, resolve } from 'node:path'
import { env, stdout } from 'node:process'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

// As in vitest.config.ts: the sample data's dates are China dates.
env.TZ = 'Asia/Shanghai'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..')
const { module } = await runnerImport(
  resolve(root, 'tests/renderer/db/migrations/freeze-fixture.ts'),
  {
    root,
    configFile: false,
    logLevel: 'error',
    resolve: {
      alias: { '@shared': resolve(root, 'shared'), '@renderer': resolve(root, 'renderer/src') }
    }
  }
)
const file = await module.freezeCurrentVersion(root)
stdout.write(`已写入 ${file}\n`)
