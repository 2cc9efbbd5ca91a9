/**
 * 新建 / 编辑 社会组织: one form for both. Each field shows the shared rule's errors and warnings
 * as the user goes (identifiers when the field is left, the rest while typing); a refused save
 * puts the repository's messages at the same fields, and nothing is written.
 */
import { useEffect, useState } from 'react'
import {
  App,
  AutoComplete,
  Col,
  Divider,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Typography
} from 'antd'
import { useNavigate } from 'react-router'
import { useCommunities, useOrganizations } from '@renderer/components/use-registry'
import { CommunitiesSelect } from '@renderer/components/communities-select'
import { FormDrawer, useConfirmLeave } from '@renderer/components/form-drawer'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { useRepositories } from '@renderer/db/use-repositories'
import { useGradingSettings } from '@renderer/db/use-settings'
import { RecordValidationError, type FieldIssue } from '@shared/domain/check'
import type { Community } from '@shared/domain/communities/community'
import { todayInChina } from '@shared/domain/dates'
import {
  LEGAL_FORMS,
  ORGANIZATION_CATEGORIES,
  ORIGINS,
  RATING_GRADES,
  REGISTRATION_STATUSES,
  requiredIdentifiers,
  type Organization
} from '@shared/domain/organizations/organization'
import { AnnualChecksField } from './annual-checks-field'
import { EvaluationEligibilityHint } from './evaluation-eligibility-hint'
import { IdNumberInput } from '@renderer/components/id-number-input'
import {
  eligibilityFacts,
  isFormField,
  organizationFormIssues,
  toDraft,
  toFormValues,
  type IssueRule,
  type OrganizationFormValues
} from './organization-form-values'
import { RatingValidity } from './rating-validity'
import { SimilarNamesAlert } from './similar-names-alert'
import { ORGANIZATION_FIELD_LABELS as L, ORGANIZATION_STRINGS as S } from './strings'
import { formFieldName, placeIssues } from '@renderer/components/form-issues'
import { errorText } from '@shared/text/error-text'

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }))

/** Distinct non-empty values, in the order met, as AutoComplete options. */
function placeOptions(communities: readonly Community[], pick: (c: Community) => string) {
  return options([...new Set(communities.map(pick).filter(Boolean))])
}

const containsInput = (input: string, option?: { value?: unknown }) =>
  String(option?.value ?? '').includes(input.trim())

/** Errors and warnings of the issues for `path`, as antd wants them. */
function messagesAt(issues: readonly FieldIssue[], path: string, level: FieldIssue['level']) {
  return issues
    .filter((issue) => issue.field === path && issue.level === level)
    .map((issue) => issue.message)
}

export interface OrganizationFormDrawerProps {
  /** The record to edit; null registers a new organisation. */
  organization: Organization | null
  onClose(): void
  /** After the repository stored the record. */
  onSaved(record: Organization): void
}

export function OrganizationFormDrawer({
  organization,
  onClose,
  onSaved
}: OrganizationFormDrawerProps) {
  // Untyped: the rule addresses fields by dotted paths (`annualChecks.0.year`), which antd's
  // typed name paths cannot express.
  const [form] = Form.useForm()
  const { message } = App.useApp()
  const navigate = useNavigate()
  const repository = useRepositories().organizations
  const organizations = useOrganizations()
  const communities = useCommunities()
  const ratingBands = useGradingSettings()?.ratingBands
  const [today] = useState(todayInChina)
  const [initialValues] = useState(() => toFormValues(organization))
  const [saving, setSaving] = useState(false)
  const [generalErrors, setGeneralErrors] = useState<string[]>([])

  const editing = organization !== null
  // A stored record may break a rule added since it was saved, or carry a warning: show them
  // at their fields from the start, so nobody saves again without seeing them. Again once the
  // office's bands have loaded, for the grade's warning.
  useEffect(() => {
    if (editing) form.validateFields({ recursive: true }).catch(() => undefined)
  }, [form, editing, ratingBands])

  const name = Form.useWatch('name', form) ?? initialValues.name
  const registrationStatus =
    Form.useWatch('registrationStatus', form) ?? initialValues.registrationStatus
  const rating = Form.useWatch('rating', form) ?? initialValues.rating
  const establishedOn = Form.useWatch('establishedOn', form)
  const annualChecks = Form.useWatch('annualChecks', form)
  const facts = eligibilityFacts({ registrationStatus, establishedOn, rating, annualChecks })

  const currentIssues = () =>
    organizationFormIssues(toDraft(form.getFieldsValue(true), organization), today, ratingBands)

  /** The shared rule's error (blocks saving) and warning (shown only) for one field. */
  const rulesFor = (path: string): IssueRule[] => [
    {
      validator: async () => {
        const errors = messagesAt(currentIssues(), path, 'error')
        if (errors.length > 0) throw new Error(errors.join('；'))
      }
    },
    {
      warningOnly: true,
      validator: async () => {
        const warnings = messagesAt(currentIssues(), path, 'warning')
        if (warnings.length > 0) throw new Error(warnings.join('；'))
      }
    }
  ]

  const confirmLeave = useConfirmLeave(form, S)

  const fieldFor = (path: string) => (isFormField(path) ? formFieldName(path) : null)

  const showRefusal = (issues: readonly FieldIssue[]) => {
    setGeneralErrors(placeIssues(form, issues, fieldFor))
    const first = issues.find((issue) => issue.level === 'error' && isFormField(issue.field))
    if (first) form.scrollToField(formFieldName(first.field))
  }

  const save = async (values: OrganizationFormValues) => {
    setSaving(true)
    setGeneralErrors([])
    try {
      const draft = toDraft(values, organization)
      const result = organization
        ? await repository.update(organization.id, draft)
        : await repository.create(draft)
      message.success(organization ? S.saved : S.created(result.record.name))
      for (const warning of new Set(result.warnings.map((issue) => issue.message))) {
        message.warning(warning, 8)
      }
      onSaved(result.record)
    } catch (error) {
      if (error instanceof RecordValidationError) showRefusal(error.issues)
      else message.error(`${S.saveFailed}${errorText(error)}`)
    } finally {
      setSaving(false)
    }
  }

  const liveCommunities = (communities ?? []).filter((c) => c.archivedAt === null)
  const categoryOptions = options(
    initialValues.category && !ORGANIZATION_CATEGORIES.some((c) => c === initialValues.category)
      ? [...ORGANIZATION_CATEGORIES, initialValues.category]
      : ORGANIZATION_CATEGORIES
  )

  return (
    <FormDrawer
      form={form}
      title={organization ? S.editTitle(organization.name) : S.createTitle}
      strings={S}
      saving={saving}
      errors={generalErrors}
      onSave={() => form.submit()}
      onClose={onClose}
    >
      <Form<OrganizationFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onFinish={save}
        scrollToFirstError
      >
        <Divider titlePlacement="start">{S.sectionRegistration}</Divider>
        <Form.Item name="name" label={L.name} required rules={rulesFor('name')}>
          <Input autoComplete="off" />
        </Form.Item>
        {organizations && (!organization || name !== organization.name) ? (
          <SimilarNamesAlert
            name={name}
            organizations={organizations}
            selfId={organization?.id ?? null}
            onOpen={(id) => confirmLeave(() => navigate(`/organizations/${id}`))}
          />
        ) : null}
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item
              name="legalForm"
              label={L.legalForm}
              required
              dependencies={['registrationStatus']}
              rules={rulesFor('legalForm')}
            >
              <Select options={options(LEGAL_FORMS)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="registrationStatus"
              label={L.registrationStatus}
              required
              rules={rulesFor('registrationStatus')}
            >
              <Select options={options(REGISTRATION_STATUSES)} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="uscc"
              label={L.uscc}
              required={requiredIdentifiers(registrationStatus).uscc}
              extra={S.usccExtra}
              validateTrigger="onBlur"
              dependencies={['legalForm', 'registrationStatus']}
              rules={rulesFor('uscc')}
            >
              <Input autoComplete="off" maxLength={30} style={{ fontFamily: 'monospace' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="filingNo"
              label={L.filingNo}
              required={requiredIdentifiers(registrationStatus).filingNo}
              extra={S.filingNoExtra}
              dependencies={['registrationStatus']}
              rules={rulesFor('filingNo')}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="category" label={L.category} required rules={rulesFor('category')}>
              <Select options={categoryOptions} placeholder={S.categoryPlaceholder} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="origin" label={L.origin} required rules={rulesFor('origin')}>
              <Select options={options(ORIGINS)} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="establishedOn"
              label={L.establishedOn}
              rules={rulesFor('establishedOn')}
            >
              <IsoDateInput notAfter={today} allowClear />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{S.sectionPeople}</Divider>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="legalRepName" label={L.legalRepName} rules={rulesFor('legalRepName')}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={16}>
            <Form.Item
              name="legalRepIdNumber"
              label={L.legalRepIdNumber}
              validateTrigger="onBlur"
              rules={rulesFor('legalRepIdNumber')}
            >
              <IdNumberInput stored={organization?.legalRepIdNumber ?? null} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="legalRepPhone"
              label={L.legalRepPhone}
              validateTrigger="onBlur"
              rules={rulesFor('legalRepPhone')}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="contactName" label={L.contactName} rules={rulesFor('contactName')}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name="contactPhone"
              label={L.contactPhone}
              validateTrigger="onBlur"
              rules={rulesFor('contactPhone')}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{S.sectionArea}</Divider>
        <Form.Item name="address" label={L.address} rules={rulesFor('address')}>
          <Input autoComplete="off" />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="district" label={L.district} rules={rulesFor('district')}>
              <AutoComplete
                options={placeOptions(liveCommunities, (c) => c.district)}
                showSearch={{ filterOption: containsInput }}
              />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item name="subdistrict" label={L.subdistrict} rules={rulesFor('subdistrict')}>
              <AutoComplete
                options={placeOptions(liveCommunities, (c) => c.subdistrict)}
                showSearch={{ filterOption: containsInput }}
              />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="communityIds" label={L.communityIds} rules={rulesFor('communityIds')}>
          <CommunitiesSelect
            communities={communities}
            chosen={initialValues.communityIds}
            placeholder={S.communitiesPlaceholder}
          />
        </Form.Item>
        <Row gutter={16}>
          <Col span={12}>
            <Form.Item name="staffCount" label={L.staffCount} rules={rulesFor('staffCount')}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={12}>
            <Form.Item
              name="socialWorkerCount"
              label={L.socialWorkerCount}
              rules={rulesFor('socialWorkerCount')}
            >
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{S.sectionRating}</Divider>
        <Typography.Paragraph type="secondary">{S.ratingEmptyHint}</Typography.Paragraph>
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item
              name={['rating', 'grade']}
              label={S.ratingGrade}
              dependencies={[
                ['rating', 'score'],
                ['rating', 'ratedOn']
              ]}
              rules={rulesFor('rating.grade')}
            >
              <Select options={options(RATING_GRADES)} allowClear />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name={['rating', 'score']}
              label={S.ratingScore}
              dependencies={[
                ['rating', 'grade'],
                ['rating', 'ratedOn']
              ]}
              rules={rulesFor('rating.score')}
            >
              <InputNumber min={0} max={1000} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item
              name={['rating', 'ratedOn']}
              label={S.ratingRatedOn}
              dependencies={[
                ['rating', 'grade'],
                ['rating', 'score']
              ]}
              rules={rulesFor('rating.ratedOn')}
              extra={
                facts.rating ? (
                  <>
                    {S.ratingValidUntil} <RatingValidity rating={facts.rating} today={today} />
                  </>
                ) : null
              }
            >
              <IsoDateInput notAfter={today} allowClear />
            </Form.Item>
          </Col>
        </Row>

        <Divider titlePlacement="start">{S.sectionAnnualChecks}</Divider>
        <AnnualChecksField form={form} today={today} rulesFor={rulesFor} />
        <EvaluationEligibilityHint facts={facts} today={today} />
      </Form>
    </FormDrawer>
  )
}
