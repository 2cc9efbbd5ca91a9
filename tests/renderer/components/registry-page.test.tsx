import { describe, expect, it } from 'vitest'
import { fireEvent, screen } from '@testing-library/react'
import { RegistryPage } from '@renderer/components/registry-page'
import { button, dialog } from '../helpers/antd-queries'
import { SLOW_UI_TIMEOUT } from '../helpers/fixed-clock'
import { renderApp } from '../helpers/render-app'

function page(importEntity?: 'organizations') {
  return (
    <RegistryPage
      title="社会组织"
      loading={false}
      showArchived={false}
      onShowArchivedChange={() => {}}
      importEntity={importEntity}
    >
      <p>表格</p>
    </RegistryPage>
  )
}

describe('RegistryPage', { timeout: SLOW_UI_TIMEOUT }, () => {
  it('offers 导入 for the registry it is told to import into, opening that import', async () => {
    renderApp(page('organizations'))
    expect(screen.getByRole('heading', { name: '社会组织' })).toBeTruthy()
    fireEvent.click(button('导入'))
    const wizard = await dialog('导入社会组织')
    expect(wizard.textContent).toContain('先下载社会组织导入模板填写')
  })

  it('has no 导入 where no import is given', () => {
    renderApp(page())
    expect(screen.queryByRole('button', { name: /导\s*入/ })).toBeNull()
    expect(screen.getByText('表格')).toBeTruthy()
  })
})
