import { describe, expect, it } from 'vitest'
import { configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { createRepositories } from '@renderer/db/repositories'
import { buttonName, freshDatabase } from '../../helpers/render-app'
import {
  choose,
  fieldHelp,
  openCreateForm,
  organizationDraft,
  renderRegistry,
  typeInto,
  validIdNumber,
  validUscc,
  withOrganizations,
  withWrongCheck
} from './organization-fixtures'

async function save(dialog: HTMLElement) {
  fireEvent.click(within(dialog).getByRole('button', { name: buttonName('保存') }))
}

// The form and the detail page are large: in happy-dom they take seconds to render and settle.
const SLOW = { timeout: 30_000 }
configure({ asyncUtilTimeout: 5_000 })

describe('新建社会组织', SLOW, () => {
  it('registers an organisation with a valid USCC and opens its page', async () => {
    const db = freshDatabase()
    renderRegistry(db)
    const dialog = await openCreateForm()
    const uscc = validUscc(7)
    typeInto(dialog, '组织名称', '鼓楼区晨光为老服务中心')
    await choose(dialog, '服务领域', '为老服务')
    typeInto(dialog, '统一社会信用代码', uscc.toLowerCase())
    await waitFor(() => expect(fieldHelp(dialog, '统一社会信用代码')).toBeNull())
    await save(dialog)

    expect(await screen.findByRole('heading', { name: '鼓楼区晨光为老服务中心' })).toBeTruthy()
    expect(screen.getByText('已新建：鼓楼区晨光为老服务中心')).toBeTruthy()
    const stored = await createRepositories(db).organizations.listAll()
    expect(stored).toHaveLength(1)
    expect(stored[0]).toMatchObject({
      uscc,
      legalForm: '社会服务机构',
      registrationStatus: '已登记',
      origin: '内生型',
      staffCount: 0
    })
    expect(screen.getByText(uscc)).toBeTruthy()
  })

  it('shows a wrong check character at the field, naming the expected one, and writes nothing', async () => {
    const db = freshDatabase()
    renderRegistry(db)
    const dialog = await openCreateForm()
    const { code, expected } = withWrongCheck(validUscc(7))
    typeInto(dialog, '组织名称', '鼓楼区晨光为老服务中心')
    await choose(dialog, '服务领域', '为老服务')
    typeInto(dialog, '统一社会信用代码', code)
    await waitFor(() =>
      expect(fieldHelp(dialog, '统一社会信用代码')?.textContent).toContain(
        `第 18 位校验码应为“${expected}”`
      )
    )
    await save(dialog)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect(screen.getByRole('dialog', { name: '新建社会组织' })).toBeTruthy()
    expect(await createRepositories(db).organizations.listAll()).toHaveLength(0)
  })

  it('asks for a USCC once the organisation is 已登记, and for a filing number when 备案', async () => {
    renderRegistry()
    const dialog = await openCreateForm()
    typeInto(dialog, '组织名称', '军门社区邻里互助队')
    await choose(dialog, '服务领域', '社区治理')
    await save(dialog)
    await waitFor(() =>
      expect(fieldHelp(dialog, '统一社会信用代码')?.textContent).toBe(
        '已登记的组织须填写统一社会信用代码'
      )
    )
    await choose(dialog, '组织形式', '社区社会组织')
    await choose(dialog, '登记状态', '备案')
    await waitFor(() => expect(fieldHelp(dialog, '统一社会信用代码')).toBeNull())
    await save(dialog)
    await waitFor(() =>
      expect(fieldHelp(dialog, '备案编号')?.textContent).toBe('备案的社区社会组织须填写备案编号')
    )
  })

  it('refuses a USCC already on file at the field', async () => {
    const existing = organizationDraft({ name: '鼓楼区晨光为老服务中心', uscc: validUscc(3) })
    const { db } = await withOrganizations(existing)
    renderRegistry(db)
    const dialog = await openCreateForm()
    typeInto(dialog, '组织名称', '鼓楼区阳光助残服务社')
    await choose(dialog, '服务领域', '助残服务')
    typeInto(dialog, '统一社会信用代码', validUscc(3))
    await save(dialog)
    await waitFor(() =>
      expect(fieldHelp(dialog, '统一社会信用代码')?.textContent).toContain(
        '已被“鼓楼区晨光为老服务中心”使用'
      )
    )
    expect(await createRepositories(db).organizations.listAll()).toHaveLength(1)
  })

  it('warns about a similar name and links to the record already on file', async () => {
    const { db, records } = await withOrganizations(organizationDraft())
    renderRegistry(db)
    const dialog = await openCreateForm()
    typeInto(dialog, '组织名称', '鼓楼区晨光为老服务中心（筹）')
    const alert = await within(dialog).findByText(/已有名称相同或相近的组织/)
    const link = within(alert.closest('.ant-alert') as HTMLElement).getByRole('link', {
      name: '鼓楼区晨光为老服务中心'
    })
    fireEvent.click(link)
    fireEvent.click(await screen.findByRole('button', { name: '放弃修改' }))
    expect(await screen.findByRole('heading', { name: records[0]!.name })).toBeTruthy()
  })

  it('asks before discarding what was typed', async () => {
    renderRegistry()
    const dialog = await openCreateForm()
    typeInto(dialog, '组织名称', '温江区南街社区志愿者协会')
    fireEvent.click(within(dialog).getByRole('button', { name: buttonName('取消') }))
    fireEvent.click(await screen.findByRole('button', { name: '继续编辑' }))
    expect(within(dialog).getByLabelText<HTMLInputElement>('组织名称').value).toBe(
      '温江区南街社区志愿者协会'
    )
    fireEvent.click(within(dialog).getByRole('button', { name: buttonName('取消') }))
    // The first confirmation is still fading out; the new one is last.
    fireEvent.click((await screen.findAllByRole('button', { name: '放弃修改' })).at(-1)!)
    await waitFor(() => expect(screen.queryByRole('textbox', { name: '组织名称' })).toBeNull())
  })
})

describe('编辑社会组织', SLOW, () => {
  async function openEdit(draft = organizationDraft()) {
    const { db, records } = await withOrganizations(draft)
    renderRegistry(db, `/organizations/${records[0]!.id}`)
    fireEvent.click(await screen.findByRole('button', { name: buttonName('编辑') }))
    const dialog = await screen.findByRole('dialog', { name: `编辑：${draft.name}` })
    return { db, record: records[0]!, dialog }
  }

  it('shows the stored ID number masked, keeps it when left blank, and checks a new one', async () => {
    const id = validIdNumber()
    const { db, record, dialog } = await openEdit(organizationDraft({ legalRepIdNumber: id }))
    expect(within(dialog).queryByDisplayValue(id)).toBeNull()
    expect(within(dialog).getByText('350102********' + id.slice(-4))).toBeTruthy()

    typeInto(dialog, '联系人', '王芳')
    await save(dialog)
    await screen.findByText('已保存')
    const saved = await createRepositories(db).organizations.get(record.id)
    expect(saved).toMatchObject({ contactName: '王芳', legalRepIdNumber: id })

    fireEvent.click(await screen.findByRole('button', { name: buttonName('编辑') }))
    const again = await screen.findByRole('dialog', { name: `编辑：${record.name}` })
    fireEvent.click(within(again).getByRole('button', { name: buttonName('修改') }))
    const wrong = id.slice(0, 17) + (id[17] === '1' ? '2' : '1')
    typeInto(again, '法定代表人身份证号', wrong)
    await waitFor(() =>
      expect(fieldHelp(again, '法定代表人身份证号')?.textContent).toContain(
        `第 18 位校验码应为“${id[17]}”`
      )
    )
  })

  it('warns while typing when the grade does not fit the office bands', async () => {
    const { dialog } = await openEdit(
      organizationDraft({ rating: { grade: '4A', score: 750, ratedOn: '2023-06-01' } })
    )
    await waitFor(() =>
      expect(fieldHelp(dialog, '评估等级')?.textContent).toBe(
        '按本单位的分数段，750 分对应 3A，与录入的 4A 不一致，请核对证书'
      )
    )
    expect(within(dialog).getAllByText(/有效期至\s*2028-06-01/).length).toBeGreaterThan(0)

    const score = within(dialog).getByLabelText('评估得分')
    fireEvent.change(score, { target: { value: '850' } })
    await waitFor(() => expect(fieldHelp(dialog, '评估等级')).toBeNull())
    fireEvent.change(score, { target: { value: '910' } })
    await waitFor(() =>
      expect(fieldHelp(dialog, '评估等级')?.textContent).toBe(
        '按本单位的分数段，910 分对应 5A，与录入的 4A 不一致，请核对证书'
      )
    )
    await save(dialog)
    expect(await screen.findByText('已保存')).toBeTruthy()
  })

  it('refuses the same year twice in the annual checks', async () => {
    const { db, record, dialog } = await openEdit(
      organizationDraft({ annualChecks: [{ year: 2024, mode: '年检', conclusion: '合格' }] })
    )
    fireEvent.click(within(dialog).getByRole('button', { name: /添加年度/ }))
    const years = await waitFor(() => {
      const inputs = within(dialog).getAllByLabelText('年度')
      expect(inputs).toHaveLength(2)
      return inputs
    })
    fireEvent.change(years[0]!, { target: { value: '2024' } })
    await save(dialog)
    expect(await within(dialog).findByText('同一年度的年检只能记录一次')).toBeTruthy()
    const stored = await createRepositories(db).organizations.get(record.id)
    expect(stored?.annualChecks).toHaveLength(1)
  })

  it('shows whether the organisation may apply for 等级评估 as the annual checks change', async () => {
    const { dialog } = await openEdit(organizationDraft({ establishedOn: '2015-01-01' }))
    const hint = () => within(dialog).getAllByRole('status').at(-1)!
    expect(hint().textContent).toContain('暂不符合申请等级评估的条件')
    expect(hint().textContent).toMatch(/没有 \d{4} 年度的年检（年报）记录/)
    fireEvent.click(within(dialog).getByRole('button', { name: /添加年度/ }))
    await waitFor(() => expect(hint().textContent).toContain('可以申请等级评估'))
  })
})
