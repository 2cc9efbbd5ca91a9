import { describe, expect, it } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import {
  DEFAULT_INCUBATION_SETTINGS,
  type IncubationSettings
} from '@shared/domain/incubation/incubation-settings'
import {
  createSettingsRepository,
  INCUBATION_SETTINGS_KEY
} from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { IncubationSettingsCard } from '@renderer/features/settings/incubation-settings-form'
import { buttonName, freshDatabase, renderApp } from '../../helpers/render-app'

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } })
const nameOf = (row: number) => `第 ${row} 项维度名称`
const weightOf = (row: number) => `第 ${row} 项权重`
const save = () => fireEvent.click(screen.getByRole('button', { name: buttonName('保存') }))
const weightTotal = () => screen.getByText(/^权重合计：/)

async function renderCard(db: ShelianDatabase = freshDatabase()) {
  const result = renderApp(<IncubationSettingsCard />, { db })
  await screen.findByLabelText('初核期限（工作日）')
  return result
}

const stored = (db: ShelianDatabase) => createSettingsRepository(db).getIncubation()

// The first role query on a page of antd inputs is slow in happy-dom (it computes styles), and
// everything is slower on a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('孵化基地设置', { timeout: 30_000 }, () => {
  it('starts from the defaults and says changes apply to new stays only', async () => {
    await renderCard()
    expect(field('孵化基地名称').value).toBe('')
    expect(field('初核期限（工作日）').value).toBe('5')
    expect(field('场地交还期限（工作日）').value).toBe('15')
    expect(field('孵化期（月）').value).toBe('12')
    expect(field('可续驻次数').value).toBe('1')
    expect(field('到期提醒（天）').value).toBe('30')
    expect([1, 2, 3, 4, 5].map((row) => field(nameOf(row)).value)).toEqual([
      '内部治理',
      '财务管理',
      '项目运作',
      '人才队伍',
      '社会影响'
    ])
    expect([1, 2, 3, 4, 5].map((row) => field(weightOf(row)).value)).toEqual(Array(5).fill('20'))
    expect(weightTotal().textContent).toBe('权重合计：100')
    expect(screen.getByText(/只对之后新建的入驻和评估生效/)).toBeTruthy()
  })

  it('saves changed deadlines and weights, keeping each dimension’s key through a rename', async () => {
    const { db } = await renderCard()
    type('孵化基地名称', '  鼓楼区社会组织孵化基地 ')
    type('初核期限（工作日）', '7')
    type('孵化期（月）', '24')
    type(weightOf(1), '30')
    type(weightOf(2), '10')
    type(nameOf(3), '项目管理')
    expect(weightTotal().textContent).toBe('权重合计：100')
    save()
    await screen.findByText('孵化基地设置已保存')
    await expect(stored(db)).resolves.toEqual({
      ...DEFAULT_INCUBATION_SETTINGS,
      baseName: '鼓楼区社会组织孵化基地',
      reviewWorkingDays: 7,
      termMonths: 24,
      scorecard: [
        { key: 'governance', name: '内部治理', weight: 30 },
        { key: 'finance', name: '财务管理', weight: 10 },
        { key: 'projects', name: '项目管理', weight: 20 },
        { key: 'people', name: '人才队伍', weight: 20 },
        { key: 'impact', name: '社会影响', weight: 20 }
      ]
    })
  })

  it('adds and removes dimensions; a new one gets a key of its own', async () => {
    const { db } = await renderCard()
    fireEvent.click(screen.getByRole('button', { name: '删除第 5 项维度' }))
    await waitFor(() => expect(weightTotal().textContent).toBe('权重合计：80'))
    expect(screen.getByText('各维度权重合计须为 100，现为 80')).toBeTruthy()

    // Ends with the label: the button's plus icon has a name of its own.
    fireEvent.click(screen.getByRole('button', { name: /添加维度$/ }))
    type(nameOf(5), '志愿服务')
    type(weightOf(5), '20')
    await waitFor(() => expect(weightTotal().textContent).toBe('权重合计：100'))
    expect(screen.queryByText(/各维度权重合计须为 100/)).toBeNull()
    save()
    await screen.findByText('孵化基地设置已保存')
    const { scorecard } = await stored(db)
    expect(scorecard.map((dimension) => dimension.name)).toEqual([
      '内部治理',
      '财务管理',
      '项目运作',
      '人才队伍',
      '志愿服务'
    ])
    expect(scorecard.slice(0, 4).map((dimension) => dimension.key)).toEqual([
      'governance',
      'finance',
      'projects',
      'people'
    ])
    expect(scorecard[4]!.key).toMatch(/^dim-/)
  })

  it('shows a weight total other than 100 in red with the reason, and refuses to save it', async () => {
    const { db } = await renderCard()
    type(weightOf(1), '25')
    await waitFor(() => expect(weightTotal().textContent).toBe('权重合计：105'))
    expect(weightTotal().className).toContain('danger')
    expect(screen.getByText('各维度权重合计须为 100，现为 105').className).toContain('danger')
    save()
    await screen.findByText('保存失败：各维度权重合计须为 100，现为 105')
    expect(screen.queryByText('孵化基地设置已保存')).toBeNull()
    await expect(db.settings.get(INCUBATION_SETTINGS_KEY)).resolves.toBeUndefined()
  })

  it('says at each field what is wrong and saves nothing', async () => {
    const { db } = await renderCard()
    type('初核期限（工作日）', '0')
    type('可续驻次数', '6')
    type(nameOf(2), '')
    save()
    await screen.findByText('初核期限至少为 1')
    expect(screen.getByText('可续驻次数最多为 5')).toBeTruthy()
    expect(screen.getByText('请填写维度名称')).toBeTruthy()
    expect(field('初核期限（工作日）').getAttribute('aria-invalid')).toBe('true')
    await expect(db.settings.get(INCUBATION_SETTINGS_KEY)).resolves.toBeUndefined()
  })

  it('restores the defaults after asking, keeps the base name, and saves them', async () => {
    const db = freshDatabase()
    const custom: IncubationSettings = {
      baseName: '温江区社会组织孵化园',
      reviewWorkingDays: 10,
      handoverWorkingDays: 20,
      termMonths: 18,
      maxExtensions: 2,
      endingSoonDays: 60,
      scorecard: [
        { key: 'governance', name: '规范治理', weight: 60 },
        { key: 'service', name: '服务能力', weight: 40 }
      ]
    }
    await createSettingsRepository(db).saveIncubation(custom)
    await renderCard(db)
    await waitFor(() => expect(field('初核期限（工作日）').value).toBe('10'))

    fireEvent.click(screen.getByRole('button', { name: '恢复默认' }))
    const dialog = await screen.findByRole('dialog', { name: '恢复默认设置？' })
    fireEvent.click(within(dialog).getByRole('button', { name: '恢复默认' }))
    await waitFor(() => expect(field('初核期限（工作日）').value).toBe('5'))
    expect(field('孵化基地名称').value).toBe('温江区社会组织孵化园')
    expect(field(nameOf(5)).value).toBe('社会影响')
    // Nothing is stored until 保存.
    await expect(stored(db)).resolves.toEqual(custom)

    save()
    await screen.findByText('孵化基地设置已保存')
    await expect(stored(db)).resolves.toEqual({
      ...DEFAULT_INCUBATION_SETTINGS,
      baseName: '温江区社会组织孵化园'
    })
  })
})
