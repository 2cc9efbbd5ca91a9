/**
 * Loads the build-time licence list. Kept alone in this module because the virtual module exists
 * only under the app's Vite config; unit tests replace this module instead.
 */
import type { ThirdPartyLicense } from './license-list'

export async function loadThirdPartyLicenses(): Promise<readonly ThirdPartyLicense[]> {
  return (await import('virtual:third-party-licenses')).default
}
