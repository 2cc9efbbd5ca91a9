import { describe, expect, it } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import {
  DEFAULT_GRADING_SETTINGS,
  type GradingSettings
} from '@shared/domain/evaluations/grade-bands'
import {
  createSettingsRepository,
  GRADING_SETTINGS_KEY
} from '@renderer/db/repositories/settings-repository'
import type { ShelianDatabase } from '@renderer/db/schema'
import { GradingSettingsCard } from '@renderer/features/settings/grading-settings-form'
import { buttonName, freshDatabase, renderApp } from '../../helpers/render-app'

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement
const type = (label: string, value: string) => fireEvent.change(field(label), { target: { value } })
const save = () => fireEvent.click(screen.getByRole('button', { name: buttonName('保存') }))
const RATING_LABELS = ['5A 分数线', '4A 分数线', '3A 分数线', '2A 分数线', '1A 分数线']

async function renderCard(db: ShelianDatabase = freshDatabase()) {
  const result = renderApp(<GradingSettingsCard />, { db })
  await screen.findByLabelText('优秀分数线')
  return result
}

const stored = (db: ShelianDatabase) => createSettingsRepository(db).getGrading()

// The first role query on a page of antd inputs is slow in happy-dom (it computes styles), and
// everything is slower on a busy machine.
configure({ asyncUtilTimeout: 5000 })

describe('评分标准', { timeout: 30_000 }, () => {
  it('starts from the defaults and shows two localities’ 等级评估 bands as examples', async () => {
    await renderCard()
    expect(['优秀分数线', '良好分数线', '合格分数线'].map((label) => field(label).value)).toEqual([
      '90',
      '80',
      '60'
    ])
    expect(RATING_LABELS.map((label) => field(label).value)).toEqual([
      '900',
      '800',
      '700',
      '600',
      '0'
    ])
    expect(screen.getByText(/低于合格分数线为不合格/)).toBeTruthy()
    expect(screen.getByText(/各地的分数线不同/)).toBeTruthy()
    expect(screen.getByText(/^洛阳瀍河区：5A 900 分及以上/)).toBeTruthy()
    expect(screen.getByText(/^安庆市：5A 950 分以上.*依次填 951、901、851、801、701/)).toBeTruthy()
  })

  it('saves the office’s bands', async () => {
    const { db } = await renderCard()
    type('优秀分数线', '85')
    type('良好分数线', '75')
    ;['951', '901', '851', '801', '701'].forEach((value, index) =>
      type(RATING_LABELS[index]!, value)
    )
    save()
    await screen.findByText('评分标准已保存')
    await expect(stored(db)).resolves.toEqual({
      evaluationBands: { 优秀: 85, 良好: 75, 合格: 60 },
      ratingBands: { '5A': 951, '4A': 901, '3A': 851, '2A': 801, '1A': 701 }
    })
  })

  it('refuses bands that do not fall from the top grade down, and saves nothing', async () => {
    const { db } = await renderCard()
    type('良好分数线', '95')
    type('4A 分数线', '950')
    save()
    await screen.findByText('分数线须从优秀到合格依次降低')
    expect(screen.getByText('分数线须从 5A 到 1A 依次降低')).toBeTruthy()
    expect(field('良好分数线').getAttribute('aria-invalid')).toBe('true')
    expect(field('4A 分数线').getAttribute('aria-invalid')).toBe('true')
    await expect(db.settings.get(GRADING_SETTINGS_KEY)).resolves.toBeUndefined()

    // Fixing the line above clears the message on the band it was shown at.
    type('优秀分数线', '98')
    await waitFor(() => expect(screen.queryByText('分数线须从优秀到合格依次降低')).toBeNull())
  })

  it('says when a band is out of range', async () => {
    const { db } = await renderCard()
    type('合格分数线', '-5')
    save()
    await screen.findByText('合格分数线不能为负')
    await expect(db.settings.get(GRADING_SETTINGS_KEY)).resolves.toBeUndefined()
  })

  it('restores the defaults after asking, and saves them', async () => {
    const db = freshDatabase()
    const custom: GradingSettings = {
      evaluationBands: { 优秀: 85, 良好: 75, 合格: 65 },
      ratingBands: { '5A': 951, '4A': 901, '3A': 851, '2A': 801, '1A': 701 }
    }
    await createSettingsRepository(db).saveGrading(custom)
    await renderCard(db)
    await waitFor(() => expect(field('优秀分数线').value).toBe('85'))

    fireEvent.click(screen.getByRole('button', { name: '恢复默认' }))
    const dialog = await screen.findByRole('dialog', { name: '恢复默认设置？' })
    fireEvent.click(within(dialog).getByRole('button', { name: '恢复默认' }))
    await waitFor(() => expect(field('优秀分数线').value).toBe('90'))
    expect(field('5A 分数线').value).toBe('900')
    await expect(stored(db)).resolves.toEqual(custom)

    save()
    await screen.findByText('评分标准已保存')
    await expect(stored(db)).resolves.toEqual(DEFAULT_GRADING_SETTINGS)
  })
})
