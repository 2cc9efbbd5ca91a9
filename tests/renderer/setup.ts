// IndexedDB for Dexie in happy-dom; tests that need isolation pass their own `new IDBFactory()`.
import 'fake-indexeddb/auto'
import { Blob as NodeBlob } from 'node:buffer'
import { afterEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'

// The browser twin keeps backups as Blobs in IndexedDB. fake-indexeddb copies values with Node's
// structuredClone, which keeps Node's Blob but turns happy-dom's into an empty object.
globalThis.Blob = NodeBlob as unknown as typeof Blob

// findBy/waitFor give up after 1 s by default, which a loaded CI machine overran while the page
// was still rendering what it should.
configure({ asyncUtilTimeout: 5_000 })

// `virtual:third-party-licenses` exists only under the app's Vite config, so every test that
// reaches the 关于 page gets a fixed list instead.
vi.mock('@renderer/features/about/load-licenses', async () => {
  const { LICENSE_FIXTURE } = await import('./helpers/license-fixture')
  return { loadThirdPartyLicenses: async () => LICENSE_FIXTURE }
})

// Vitest globals are off, so testing-library cannot register its own cleanup.
afterEach(() => {
  cleanup()
})
