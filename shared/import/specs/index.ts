/** Every importable entity's spec, by the table it fills. */
import type { ImportEntity, ImportSpec } from '../import-spec'
import { activityImport } from './activities'
import { catalogueItemImport } from './catalogue-items'
import { communityImport } from './communities'
import { needImport } from './needs'
import { organizationImport } from './organizations'
import { socialWorkerImport } from './social-workers'

export const IMPORT_SPECS: Readonly<Record<ImportEntity, ImportSpec>> = {
  organizations: organizationImport,
  communities: communityImport,
  socialWorkers: socialWorkerImport,
  needs: needImport,
  catalogueItems: catalogueItemImport,
  activities: activityImport
}
