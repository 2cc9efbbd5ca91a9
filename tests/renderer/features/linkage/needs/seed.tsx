/**
 * The need page over the delivery database (project-seed.ts): an 为老服务 organisation of
 * 华侨路社区 besides the provider, one need there, and the page at linkage/needs/:id.
 */
import { Route, Routes } from 'react-router'
import type { ShelianDatabase } from '@renderer/db/schema'
import { NeedPage } from '@renderer/features/linkage/needs/need-page'
import { needRow, organization } from '../../../helpers/linkage-seed'
import { deliveryDatabase } from '../../../helpers/project-seed'
import { renderApp } from '../../../helpers/render-app'

/** The running project as the project select offers it. */
export const PROJECT_OPTION = '银龄互助探访（公益创投 · 执行中）'

/** The delivery database with 鼓楼长者服务中心 (为老服务, 华侨路社区) and `need`. */
export async function needDatabase(need = needRow('need-1', '独居老人助餐')) {
  const { db, repos } = await deliveryDatabase()
  await db.organizations.add(
    organization('org-elder', '鼓楼长者服务中心', {
      category: '为老服务',
      communityIds: ['community-1']
    })
  )
  await db.needs.add(need)
  return { db, repos }
}

export function renderNeed(db: ShelianDatabase, id: string) {
  return renderApp(
    <Routes>
      <Route path="/linkage/needs/:id" element={<NeedPage />} />
    </Routes>,
    { db, route: `/linkage/needs/${id}` }
  )
}
