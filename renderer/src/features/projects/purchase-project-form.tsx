/**
 * 新建 / 编辑 政府购买服务项目: everything the contract rests on, section by section — purchaser
 * and catalogue items, provider, amount and period, procurement, staffing and team, payment plan,
 * and (new only) the 绩效目标表 it starts from. The provider, the period and the team are checked
 * with the shared rules as they are entered; the save goes through projects.createPurchase, or
 * projects.updatePurchase for a 待签约 project (its whole contract open until signing), whose
 * refusal lands at the fields, and nothing is written until every rule holds.
 */
import { useRef, useState } from 'react'
import { AutoComplete, Col, Divider, Form, Input, Row, Select, type FormInstance } from 'antd'
import type { Rule } from 'antd/es/form'
import { useLiveQuery } from '@renderer/db/live-query'
import { readAmount, typedFen } from '@renderer/components/amount-text'
import { CommunitiesSelect } from '@renderer/components/communities-select'
import { FormDrawer, useDrawerSave } from '@renderer/components/form-drawer'
import { issueRules } from '@renderer/components/form-issues'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { OrganizationSelect } from '@renderer/components/organization-select'
import { TranchesField } from '@renderer/components/tranches-field'
import {
  useCommunities,
  useOrganizations,
  useSocialWorkers
} from '@renderer/components/use-registry'
import { purchaseDraftOf } from '@renderer/db/repositories/projects-repository'
import { useRepositories } from '@renderer/db/use-repositories'
import { CATALOGUE_CATEGORIES } from '@shared/domain/catalogue/catalogue-item'
import type { FieldIssue } from '@shared/domain/check'
import { isIsoDate, todayInChina, type IsoDate } from '@shared/domain/dates'
import { PERFORMANCE_TEMPLATES } from '@shared/domain/performance/templates'
import { periodEndOn, periodIssues } from '@shared/domain/procurement/contract-period'
import { PROVIDER_RULE_SOURCE, providerIssues } from '@shared/domain/procurement/provider'
import {
  BUDGET_SOURCES,
  contractAmountInWords,
  PURCHASER_KINDS,
  type Project
} from '@shared/domain/projects/project'
import { ProcurementFields } from './procurement-fields'
import { PurchaseCatalogueSelect } from './purchase-catalogue-select'
import {
  needsJustification,
  newFormValues,
  periodMonths,
  purchaseFieldFor,
  toDraft,
  toFormValues,
  type PurchaseProjectFormValues
} from './purchase-project-form-values'
import { StaffingField, TeamField } from './purchase-team-fields'
import { PROJECT_STRINGS as S } from './strings'

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }))

const TEMPLATE_OPTIONS = PERFORMANCE_TEMPLATES.map((template) => ({
  value: template.key,
  label: template.name
}))

/** One contract year: the end date a start date brings when the end was not set by hand. */
const oneYearFrom = (startOn: IsoDate | null) =>
  isIsoDate(startOn) ? periodEndOn(startOn, 12) : null

// The parts that follow single values watch them themselves, so typing in one field re-renders
// its own note, not the whole form.

function AmountInWords({ form }: { form: FormInstance }) {
  const amountFen = typedFen(Form.useWatch('amountFen', form))
  const words = amountFen === null ? null : contractAmountInWords(amountFen)
  return words ? S.amountInWords(words) : null
}

/** The payment plan, each tranche's amount worked out from the contract amount as it is typed. */
function PurchaseTranches({ form }: { form: FormInstance }) {
  const amountFen = typedFen(Form.useWatch('amountFen', form))
  return <TranchesField form={form} strings={S} amountFen={amountFen} />
}

function PeriodLength({ form }: { form: FormInstance }) {
  const months = periodMonths(Form.useWatch('startOn', form), Form.useWatch('endOn', form))
  return months === null ? S.endOnDefault : S.contractMonths(months)
}

/** 102号令 art. 24: a contract past one year states why; the field is there only then. */
function MultiYearJustificationField({ form, rules }: { form: FormInstance; rules: Rule[] }) {
  const startOn: IsoDate | null = Form.useWatch('startOn', form) ?? null
  const endOn: IsoDate | null = Form.useWatch('endOn', form) ?? null
  if (!needsJustification(startOn, endOn)) return null
  return (
    <Form.Item
      name={['purchase', 'multiYearJustification']}
      label={S.multiYearJustification}
      required
      dependencies={['startOn', 'endOn']}
      rules={rules}
    >
      <Input.TextArea
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={500}
        placeholder={S.multiYearPlaceholder}
      />
    </Form.Item>
  )
}

function TemplateNote({ form }: { form: FormInstance }) {
  const key: string | null = Form.useWatch('indicatorTemplate', form) ?? null
  const template = PERFORMANCE_TEMPLATES.find((t) => t.key === key)
  return template
    ? `${template.source}：${template.description}${S.templateExtra}`
    : S.templateExtra
}

export interface PurchaseProjectFormDrawerProps {
  /** The 待签约 purchase project to edit; without it, a new one is entered. */
  project?: Project
  onClose(): void
  /** After the repository stored the project. */
  onSaved(project: Project): void
}

export function PurchaseProjectFormDrawer({
  project,
  onClose,
  onSaved
}: PurchaseProjectFormDrawerProps) {
  // Untyped: refusals address fields by dotted paths, which antd's typed name paths cannot express.
  const [form] = Form.useForm()
  const { projects, catalogueItems } = useRepositories()
  const organizations = useOrganizations()
  const communities = useCommunities()
  const socialWorkers = useSocialWorkers()
  const items = useLiveQuery(() => catalogueItems.listAll(), [catalogueItems])
  const [today] = useState(todayInChina)
  const [initialValues] = useState(() =>
    project ? toFormValues(purchaseDraftOf(project)) : newFormValues(today)
  )
  const { saving, errors, save } = useDrawerSave(form, purchaseFieldFor)
  // The start the end date was last made for, so a new start moves the end only if untouched.
  const startFor = useRef<IsoDate | null>(initialValues.startOn)
  const bidderCount = useRef(initialValues.purchase.procurement.bidders.length)

  const values = () => form.getFieldsValue(true) as PurchaseProjectFormValues

  const providerRules = issueRules(() => {
    const id = values().organizationId
    const provider = id ? organizations?.find((o) => o.id === id) : undefined
    return provider ? providerIssues(provider) : []
  })
  const amountRules = issueRules(() => {
    const issues: FieldIssue[] = []
    readAmount(values().amountFen, 'amountFen', issues)
    return issues
  })
  const periodRules = (field: 'endOn' | 'purchase.multiYearJustification') =>
    issueRules(() => {
      const { startOn, endOn, purchase } = values()
      if (!isIsoDate(startOn) || !isIsoDate(endOn)) return []
      return periodIssues(startOn, endOn, purchase.multiYearJustification ?? null)
        .map((issue) =>
          issue.field === 'multiYearJustification'
            ? { ...issue, field: 'purchase.multiYearJustification' }
            : issue
        )
        .filter((issue) => issue.field === field)
    })

  const followChanges = (changed: Partial<PurchaseProjectFormValues>) => {
    const current = values()
    if ('startOn' in changed) {
      if (current.endOn === null || current.endOn === oneYearFrom(startFor.current)) {
        form.setFieldValue('endOn', oneYearFrom(changed.startOn ?? null))
      }
      startFor.current = changed.startOn ?? null
    }
    if ('organizationId' in changed) {
      // The team comes from the provider: workers of another organisation leave with it.
      const employed = new Set(
        (socialWorkers ?? [])
          .filter((w) => w.employerId === changed.organizationId)
          .map((w) => w.id)
      )
      form.setFieldValue(
        'socialWorkerIds',
        (current.socialWorkerIds ?? []).filter((id) => employed.has(id))
      )
    }
    const picked = changed.purchase?.catalogueItemIds
    if (picked && picked.length > 0 && !current.category?.trim()) {
      const first = items?.find((item) => item.id === picked[0])
      if (first) form.setFieldValue('category', first.category)
    }
    // Removing a supplier moves the ones after it up, so the award is chosen again.
    const bidders = current.purchase.procurement.bidders?.length ?? 0
    if (bidders < bidderCount.current && current.purchase.procurement.awardedIndex !== null) {
      form.setFieldValue(['purchase', 'procurement', 'awardedIndex'], null)
    }
    bidderCount.current = bidders
    if (
      ('organizationId' in changed || changed.purchase?.staffing) &&
      form.isFieldTouched('socialWorkerIds')
    ) {
      form.validateFields(['socialWorkerIds']).catch(() => undefined)
    }
  }

  const submit = async () => {
    const draft = toDraft(values(), {
      organizations: organizations ?? [],
      newKey: () => crypto.randomUUID(),
      indicators: project?.indicators
    })
    const saved = await save(
      draft,
      (fields) =>
        project ? projects.updatePurchase(project.id, fields) : projects.createPurchase(fields),
      (record) => (project ? S.saved : S.created(record.title))
    )
    if (saved) onSaved(saved)
  }

  return (
    <FormDrawer
      form={form}
      title={project ? S.editTitle(project.title) : S.createTitle}
      strings={S}
      saving={saving}
      errors={errors}
      onSave={() => void submit()}
      onClose={onClose}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={followChanges}
      >
        <Divider titlePlacement="start">{S.sectionBasics}</Divider>
        <Form.Item name="title" label={S.titleLabel} required>
          <Input autoComplete="off" maxLength={60} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={16}>
            <Form.Item name={['purchase', 'purchaser', 'name']} label={S.purchaserName} required>
              <Input autoComplete="off" placeholder={S.purchaserNamePlaceholder} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name={['purchase', 'purchaser', 'kind']} label={S.purchaserKind} required>
              <Select options={options(PURCHASER_KINDS)} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name={['purchase', 'catalogueItemIds']} label={S.catalogueItems} required>
          <PurchaseCatalogueSelect items={items} placeholder={S.catalogueItemsPlaceholder} />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="category" label={S.category}>
              <AutoComplete options={options(CATALOGUE_CATEGORIES)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name={['purchase', 'budgetSource']} label={S.budgetSource} required>
              <Select options={options(BUDGET_SOURCES)} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{S.sectionProvider}</Divider>
        <Form.Item
          name="organizationId"
          label={S.organizationLabel}
          required
          extra={PROVIDER_RULE_SOURCE}
          rules={providerRules}
        >
          <OrganizationSelect
            organizations={organizations}
            notFoundContent={S.organizationNotFound}
          />
        </Form.Item>
        <Form.Item name="communityIds" label={S.communities}>
          <CommunitiesSelect communities={communities} chosen={initialValues.communityIds} />
        </Form.Item>

        <Divider titlePlacement="start">{S.sectionMoney}</Divider>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="amountFen"
              label={S.contractAmount}
              required
              extra={<AmountInWords form={form} />}
              rules={amountRules}
            >
              <Input autoComplete="off" inputMode="decimal" placeholder={S.amountPlaceholder} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="approvedOn" label={S.approvedOn} required>
              <IsoDateInput notAfter={today} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="startOn" label={S.startOn} required>
              <IsoDateInput />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="endOn"
              label={S.endOn}
              required
              dependencies={['startOn']}
              extra={<PeriodLength form={form} />}
              rules={periodRules('endOn')}
            >
              <IsoDateInput />
            </Form.Item>
          </Col>
        </Row>
        <MultiYearJustificationField
          form={form}
          rules={periodRules('purchase.multiYearJustification')}
        />

        <Divider titlePlacement="start">{S.sectionProcurement}</Divider>
        <ProcurementFields form={form} />

        <Divider titlePlacement="start">{S.sectionStaffing}</Divider>
        <StaffingField form={form} />
        <TeamField form={form} socialWorkers={socialWorkers} today={today} />

        <Divider titlePlacement="start">{S.sectionPayments}</Divider>
        <PurchaseTranches form={form} />

        {project ? null : (
          <>
            <Divider titlePlacement="start">{S.sectionIndicators}</Divider>
            <Form.Item
              name="indicatorTemplate"
              label={S.template}
              extra={<TemplateNote form={form} />}
            >
              <Select allowClear placeholder={S.templateNone} options={TEMPLATE_OPTIONS} />
            </Form.Item>
          </>
        )}
      </Form>
    </FormDrawer>
  )
}
