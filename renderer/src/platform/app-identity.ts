/**
 * Product name and version. The version is package.json's, put in by the build as a constant
 * (`__APP_VERSION__`, see electron.vite.config.ts), so the bundle carries nothing else of it.
 */

/** The Chinese product name users see. */
export const PRODUCT_NAME = '社联台'

/** Semver of this build. */
export const APP_VERSION: string = __APP_VERSION__
