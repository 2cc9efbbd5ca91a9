/**
 * 服务目录: the services the office may buy, with the items of the 102号令 negative list kept
 * and marked so nobody puts them on a project. 新增事项 adds one; a row opens its panel, where
 * it is edited, archived or restored.
 */
import { useState } from 'react'
import { Button } from 'antd'
import { PlusOutlined } from '@ant-design/icons'
import { useLiveQuery } from '@renderer/db/live-query'
import { DataGrid } from '@renderer/components/data-grid'
import { RegistryPage } from '@renderer/components/registry-page'
import { useRegistryView } from '@renderer/components/use-registry'
import { useRepositories } from '@renderer/db/use-repositories'
import type { CatalogueItem } from '@shared/domain/catalogue/catalogue-item'
import {
  CATALOGUE_COLUMNS,
  catalogueItemId,
  catalogueRows,
  searchCatalogueItem
} from './catalogue-columns'
import { CatalogueFormDrawer } from './catalogue-form'
import { CataloguePanel } from './catalogue-panel'
import { CATALOGUE_STRINGS as S } from './strings'

/** The form: a new item, or the item being edited. */
type FormTarget = { item: CatalogueItem | null }

export function CataloguePage() {
  const { catalogueItems } = useRepositories()
  const items = useLiveQuery(
    async () => catalogueRows(await catalogueItems.listAll()),
    [catalogueItems]
  )
  const view = useRegistryView(items)
  const [formTarget, setFormTarget] = useState<FormTarget | null>(null)

  return (
    <RegistryPage
      title={S.pageTitle}
      importEntity="catalogueItems"
      loading={items === undefined}
      showArchived={view.showArchived}
      onShowArchivedChange={view.setShowArchived}
    >
      <DataGrid<CatalogueItem>
        rows={view.visibleRows}
        columns={CATALOGUE_COLUMNS}
        getRowId={catalogueItemId}
        search={searchCatalogueItem}
        searchPlaceholder={S.searchPlaceholder}
        storageKey="catalogue"
        ariaLabel={S.gridLabel}
        emptyText={S.empty}
        onRowOpen={view.open}
        toolbar={
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setFormTarget({ item: null })}
          >
            {S.create}
          </Button>
        }
      />
      <CataloguePanel
        item={view.openRecord}
        onEdit={(item) => setFormTarget({ item })}
        onClose={view.close}
      />
      {formTarget ? (
        <CatalogueFormDrawer
          item={formTarget.item}
          onClose={() => setFormTarget(null)}
          onSaved={() => setFormTarget(null)}
        />
      ) : null}
    </RegistryPage>
  )
}
