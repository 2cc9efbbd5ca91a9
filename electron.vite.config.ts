import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { cspPlugin } from './electron/build/csp-plugin.ts'
import { thirdPartyLicensesPlugin } from './electron/build/third-party-licenses.ts'

const root = import.meta.dirname

export const aliases = {
  '@shared': resolve(root, 'shared'),
  '@renderer': resolve(root, 'renderer/src')
}

export default defineConfig({
  main: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/main',
      rollupOptions: { input: { index: resolve(root, 'electron/main/index.ts') } }
    }
  },
  preload: {
    resolve: { alias: aliases },
    build: {
      outDir: 'out/preload',
      // A sandboxed preload cannot be an ES module, and may require only `electron`.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' }
      }
    }
  },
  renderer: {
    root: resolve(root, 'renderer'),
    resolve: { alias: aliases },
    plugins: [react(), cspPlugin(), thirdPartyLicensesPlugin(root)],
    build: {
      outDir: resolve(root, 'out/renderer'),
      chunkSizeWarningLimit: 4096,
      rollupOptions: { input: resolve(root, 'renderer/index.html') }
    }
  }
})
