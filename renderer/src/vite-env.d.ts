/// <reference types="vite/client" />

/**
 * Build-time list of the third-party packages that ship with the app (electron/build/
 * third-party-licenses.ts). Imported lazily by the 关于 page.
 */
declare module 'virtual:third-party-licenses' {
  const licenses: ReadonlyArray<{ name: string; version: string; license: string; text: string }>
  export default licenses
}

/** package.json `version`, defined at build time. */
declare const __APP_VERSION__: string
