import { describe, expect, it } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { DesktopError } from '@shared/ipc/errors'
import { encodeBackup, exportDatabase } from '@renderer/db/backup/export'
import { createRepositories } from '@renderer/db/repositories'
import { SCHEMA_VERSION, type ShelianDatabase } from '@renderer/db/schema'
import { SettingsPage } from '@renderer/features/settings/settings-page'
import { createFakeDesktop } from '../../helpers/fake-desktop-api'
import { buttonName, freshDatabase, renderApp } from '../../helpers/render-app'
import { SAMPLE, snapshot } from '../../db/helpers'

/** A backup file of a database holding the demo set and an operator. */
async function sampleBackupFile(): Promise<Uint8Array> {
  const db = freshDatabase()
  const repos = createRepositories(db)
  await repos.settings.saveGeneral({
    operatorName: '张晓梅',
    officeName: '军门社区',
    backupKeep: 10
  })
  await repos.bulkLoad(SAMPLE)
  const { data } = await exportDatabase(db, { appVersion: '0.1.0' })
  db.close()
  return data
}

/** Saving the operator, then one `import` entry per sample record. */
const SAMPLE_AUDIT_ENTRIES =
  1 +
  SAMPLE.communities.length +
  SAMPLE.organizations.length +
  SAMPLE.socialWorkers.length +
  SAMPLE.incubations.length +
  SAMPLE.incubationServices.length +
  SAMPLE.evaluations.length +
  SAMPLE.reviewers.length +
  SAMPLE.ventureRounds.length +
  SAMPLE.applications.length +
  SAMPLE.reviews.length +
  SAMPLE.projects.length +
  SAMPLE.catalogueItems.length +
  SAMPLE.agreements.length +
  SAMPLE.amendments.length +
  SAMPLE.payments.length +
  SAMPLE.activities.length +
  SAMPLE.projectEvaluations.length +
  SAMPLE.mutualEvaluations.length +
  SAMPLE.resources.length +
  SAMPLE.needs.length +
  SAMPLE.needMatches.length

/** A database with one community and an operator, so a restore has something to replace. */
async function databaseWithData(): Promise<ShelianDatabase> {
  const db = freshDatabase()
  const repos = createRepositories(db)
  await repos.settings.saveGeneral({ operatorName: '李明', officeName: '', backupKeep: 10 })
  await repos.communities.create({
    name: '南街社区',
    district: '温江区',
    subdistrict: '柳城街道',
    divisionCode: null,
    households: 100,
    population: 300,
    grids: 3
  })
  return db
}

const currentData = () => screen.getByLabelText('当前数据：')

// The settings page is heavy for happy-dom, and slower still on a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('数据备份与恢复', { timeout: 30_000 }, () => {
  it('shows what is stored now', async () => {
    renderApp(<SettingsPage />, { db: await databaseWithData() })
    await waitFor(() =>
      // Saving the operator and adding the community are one entry each.
      expect(currentData().textContent).toBe(
        '社会组织 0 个、社区 1 个、社工 0 名、入驻记录 0 条、操作日志 2 条'
      )
    )
  })

  it('立即备份 writes a manual backup and the list shows it', async () => {
    const desktop = createFakeDesktop()
    renderApp(<SettingsPage />, { api: desktop.api, db: await databaseWithData() })
    await screen.findByText('还没有自动备份')
    fireEvent.click(screen.getByRole('button', { name: '立即备份' }))
    await screen.findByText(
      `已备份：shelian-backup-20261122-090000000-manual-v${SCHEMA_VERSION}.json`
    )
    await screen.findByText('手动备份')
    const backups = await desktop.api.listBackups()
    expect(backups.map((entry) => entry.reason)).toEqual(['manual'])
  })

  it('导出备份文件 saves the whole database as a dated file', async () => {
    const desktop = createFakeDesktop()
    renderApp(<SettingsPage />, { api: desktop.api, db: await databaseWithData() })
    fireEvent.click(await screen.findByRole('button', { name: '导出备份文件' }))
    await screen.findByText(/^备份已导出为 社联台备份-\d{8}-\d{4}\.json$/)
    expect(desktop.downloads).toHaveLength(1)
    const file = JSON.parse(new TextDecoder().decode(desktop.downloads[0]!.data))
    expect(file).toMatchObject({ format: 'shelian-desk-backup', counts: { communities: 1 } })
  })

  it('从文件恢复 previews the file, and 确认恢复 replaces the data after a safety backup', async () => {
    const data = await sampleBackupFile()
    const desktop = createFakeDesktop({
      openFile: async () => ({ fileName: '社联台备份-20261122-0930.json', data })
    })
    const db = await databaseWithData()
    renderApp(<SettingsPage />, { api: desktop.api, db })
    fireEvent.click(await screen.findByRole('button', { name: '从文件恢复' }))

    const dialog = await screen.findByRole('dialog', { name: '从备份恢复' })
    const counts = await within(dialog).findByRole('list', { name: '备份中的数据' })
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((item) => item.textContent)
    ).toEqual([
      '设置 1 项',
      '社区 80 个',
      '社会组织 240 个',
      '社工 160 名',
      `入驻记录 ${SAMPLE.incubations.length} 条`,
      `孵化服务记录 ${SAMPLE.incubationServices.length} 条`,
      `评估 ${SAMPLE.evaluations.length} 份`,
      `评审专家 ${SAMPLE.reviewers.length} 名`,
      `公益创投批次 ${SAMPLE.ventureRounds.length} 个`,
      `申报书 ${SAMPLE.applications.length} 份`,
      `评审记录 ${SAMPLE.reviews.length} 份`,
      `项目 ${SAMPLE.projects.length} 个`,
      `服务目录事项 ${SAMPLE.catalogueItems.length} 项`,
      `协议合同 ${SAMPLE.agreements.length} 份`,
      `合同变更 ${SAMPLE.amendments.length} 份`,
      `拨付 ${SAMPLE.payments.length} 期`,
      `服务记录 ${SAMPLE.activities.length} 条`,
      `项目评估 ${SAMPLE.projectEvaluations.length} 份`,
      `双向评估 ${SAMPLE.mutualEvaluations.length} 份`,
      `资源清单 ${SAMPLE.resources.length} 项`,
      `需求清单 ${SAMPLE.needs.length} 条`,
      `对接记录 ${SAMPLE.needMatches.length} 条`,
      `操作日志 ${SAMPLE_AUDIT_ENTRIES.toLocaleString('zh-CN')} 条`
    ])
    expect(within(dialog).getByText('社联台备份-20261122-0930.json')).toBeTruthy()
    expect(within(dialog).getByText('0.1.0')).toBeTruthy()
    expect(within(dialog).getByText(`v${SCHEMA_VERSION}`)).toBeTruthy()
    expect(within(dialog).getByText('恢复会替换本机现有的全部数据')).toBeTruthy()
    expect(within(dialog).getByText(/恢复前会先把现有数据自动备份一份/)).toBeTruthy()

    fireEvent.click(within(dialog).getByRole('button', { name: '确认恢复' }))
    await screen.findByText(
      `已从备份恢复：社会组织 240 个、社区 80 个、社工 160 名、入驻记录 ${SAMPLE.incubations.length} 条`
    )
    await waitFor(() =>
      expect(currentData().textContent).toBe(
        `社会组织 240 个、社区 80 个、社工 160 名、入驻记录 ${SAMPLE.incubations.length} 条、操作日志 ${(SAMPLE_AUDIT_ENTRIES + 1).toLocaleString('zh-CN')} 条`
      )
    )
    // The restored settings reach the form too.
    await waitFor(() =>
      expect((screen.getByLabelText('操作人') as HTMLInputElement).value).toBe('张晓梅')
    )
    // The data it replaced is kept as a 恢复前备份.
    await screen.findByText('恢复前备份')
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('says why a file cannot be restored, offers no 确认恢复, and changes nothing', async () => {
    const desktop = createFakeDesktop({
      openFile: async () => ({
        fileName: '别的文件.json',
        data: new TextEncoder().encode('{"formatName":"dexie","data":{}}')
      })
    })
    const db = await databaseWithData()
    const before = await snapshot(db)
    renderApp(<SettingsPage />, { api: desktop.api, db })
    fireEvent.click(await screen.findByRole('button', { name: '从文件恢复' }))
    const dialog = await screen.findByRole('dialog', { name: '从备份恢复' })
    await within(dialog).findByText('这个文件不能用来恢复')
    expect(within(dialog).getByText(/这是 Dexie 导出的数据库文件，不是社联台备份/)).toBeTruthy()
    expect(within(dialog).queryByRole('button', { name: '确认恢复' })).toBeNull()
    const footerClose = within(dialog)
      .getAllByRole('button', { name: buttonName('关闭') })
      .find((button) => button.textContent !== '')!
    fireEvent.click(footerClose)
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await snapshot(db)).toEqual(before)
  })

  it('changes nothing when the preview is cancelled', async () => {
    const data = await sampleBackupFile()
    const desktop = createFakeDesktop({ openFile: async () => ({ fileName: 'a.json', data }) })
    const db = await databaseWithData()
    const before = await snapshot(db)
    renderApp(<SettingsPage />, { api: desktop.api, db })
    fireEvent.click(await screen.findByRole('button', { name: '从文件恢复' }))
    const dialog = await screen.findByRole('dialog', { name: '从备份恢复' })
    await within(dialog).findByRole('button', { name: '确认恢复' })
    fireEvent.click(within(dialog).getByRole('button', { name: buttonName('取消') }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(await snapshot(db)).toEqual(before)
  })

  it('reports a file the host refused to open', async () => {
    const desktop = createFakeDesktop({
      openFile: async () => {
        throw new DesktopError(
          'INVALID_ARGUMENT',
          '文件类型不符：请选择社联台备份（.json），而不是“a.xlsx”。'
        )
      }
    })
    renderApp(<SettingsPage />, { api: desktop.api })
    fireEvent.click(await screen.findByRole('button', { name: '从文件恢复' }))
    await screen.findByText(
      '打开文件失败：文件类型不符：请选择社联台备份（.json），而不是“a.xlsx”。'
    )
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('restores an automatic backup from its row in the list', async () => {
    const desktop = createFakeDesktop()
    await desktop.api.writeBackup({
      reason: 'startup',
      schemaVersion: 2,
      data: await sampleBackupFile(),
      keep: 10
    })
    const db = freshDatabase()
    renderApp(<SettingsPage />, { api: desktop.api, db })
    const row = (await screen.findByText('启动时备份')).closest('tr')!
    fireEvent.click(within(row).getByRole('button', { name: buttonName('恢复') }))
    const dialog = await screen.findByRole('dialog', { name: '从备份恢复' })
    fireEvent.click(await within(dialog).findByRole('button', { name: '确认恢复' }))
    await screen.findByText(
      `已从备份恢复：社会组织 240 个、社区 80 个、社工 160 名、入驻记录 ${SAMPLE.incubations.length} 条`
    )
    await expect(db.organizations.count()).resolves.toBe(240)
  })

  it('shows the failure in the dialog when the safety backup cannot be written', async () => {
    const data = await sampleBackupFile()
    const desktop = createFakeDesktop({
      openFile: async () => ({ fileName: 'a.json', data }),
      writeBackup: async () => {
        throw new DesktopError('IO', '磁盘已满')
      }
    })
    const db = await databaseWithData()
    const before = await snapshot(db)
    renderApp(<SettingsPage />, { api: desktop.api, db })
    fireEvent.click(await screen.findByRole('button', { name: '从文件恢复' }))
    const dialog = await screen.findByRole('dialog', { name: '从备份恢复' })
    fireEvent.click(await within(dialog).findByRole('button', { name: '确认恢复' }))
    const alert = await within(dialog).findByRole('alert')
    expect(alert.textContent).toMatch(
      /^恢复失败，现有数据没有改变：恢复前没能先备份现有数据（磁盘已满）/
    )
    expect(await snapshot(db)).toEqual(before)
  })

  it('restores a backup from an older version after carrying it forward', async () => {
    const { data } = await encodeBackup({
      tables: {
        settings: [
          {
            key: 'general',
            value: { operatorName: '王芳', officeName: '', backupKeep: 10 },
            updatedAt: '2026-10-01T02:00:00.000Z'
          }
        ]
      },
      schemaVersion: 1,
      appVersion: '0.1.0',
      exportedAt: new Date('2026-10-01T02:00:00.000Z')
    })
    const desktop = createFakeDesktop({ openFile: async () => ({ fileName: 'v1.json', data }) })
    const db = freshDatabase()
    renderApp(<SettingsPage />, { api: desktop.api, db })
    fireEvent.click(await screen.findByRole('button', { name: '从文件恢复' }))
    const dialog = await screen.findByRole('dialog', { name: '从备份恢复' })
    await within(dialog).findByText(
      `这份备份来自较早版本的社联台，恢复时会自动转换为当前的数据版本（v1 → v${SCHEMA_VERSION}）。`
    )
    expect(within(dialog).getByText('2026-10-01 10:00:00')).toBeTruthy()
    fireEvent.click(within(dialog).getByRole('button', { name: '确认恢复' }))
    await screen.findByText('已从备份恢复：社会组织 0 个、社区 0 个、社工 0 名、入驻记录 0 条')
    await waitFor(() =>
      expect((screen.getByLabelText('操作人') as HTMLInputElement).value).toBe('王芳')
    )
  })
})
