/**
 * 采购: the method, the fields that method needs (rendered from PROCUREMENT_METHOD_RULES, so a
 * rule changed there changes the form), the suppliers who took part and which one won.
 */
import { Checkbox, Col, Flex, Form, Input, InputNumber, Row, Select, Typography } from 'antd'
import type { FormInstance } from 'antd'
import { IsoDateInput } from '@renderer/components/iso-date-input'
import { ListField } from '@renderer/components/list-field'
import {
  PROCUREMENT_METHOD_RULES,
  PROCUREMENT_METHODS,
  type ProcurementMethod
} from '@shared/domain/procurement/procurement'
import type { BidderFormValues } from './purchase-project-form-values'
import { PROJECT_STRINGS as S } from './strings'

const PROCUREMENT = ['purchase', 'procurement'] as const
const ROW_ITEM = { marginBottom: 8 }

const METHOD_OPTIONS = PROCUREMENT_METHODS.map((method) => ({
  value: method,
  label: PROCUREMENT_METHOD_RULES[method].label
}))

export function ProcurementFields({ form }: { form: FormInstance }) {
  const method: ProcurementMethod =
    Form.useWatch([...PROCUREMENT, 'method'], form) ?? PROCUREMENT_METHODS[0]
  const bidders: BidderFormValues[] | undefined = Form.useWatch([...PROCUREMENT, 'bidders'], form)
  const rule = PROCUREMENT_METHOD_RULES[method]

  return (
    <>
      <Form.Item name={[...PROCUREMENT, 'method']} label={S.method} required extra={rule.source}>
        <Select options={METHOD_OPTIONS} />
      </Form.Item>
      <Row gutter={16}>
        {rule.fields.map((field) => (
          <Col key={field.key} span={field.kind === 'date' ? 8 : 16}>
            <Form.Item name={[...PROCUREMENT, 'fields', field.key]} label={field.label} required>
              {field.kind === 'date' ? <IsoDateInput /> : <Input autoComplete="off" />}
            </Form.Item>
          </Col>
        ))}
      </Row>

      <ListField
        name={[...PROCUREMENT, 'bidders']}
        label={S.bidders(rule.bidderLabel)}
        rowLabel={S.bidderRow(rule.bidderLabel)}
        addLabel={S.addBidder(rule.bidderLabel)}
        removeLabel={S.removeBidder}
        onAdd={(add) =>
          add({
            name: '',
            uscc: '',
            quotedFen: '',
            score: null,
            qualified: true,
            organizationId: null
          } satisfies BidderFormValues)
        }
        header={
          <Flex gap="small">
            <Typography.Text type="secondary" style={{ flex: '2 1 180px' }}>
              {S.bidderName}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ flex: '1 1 170px' }}>
              {S.bidderUscc}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ width: 130 }}>
              {S.bidderQuote}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ width: 90 }}>
              {S.bidderScore}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ width: 150 }}>
              {S.bidderQualified}
            </Typography.Text>
          </Flex>
        }
        renderRow={(row) => (
          <>
            <Form.Item name={[row, 'name']} style={{ ...ROW_ITEM, flex: '2 1 180px' }}>
              <Input aria-label={`${S.bidderName} ${row + 1}`} autoComplete="off" />
            </Form.Item>
            <Form.Item name={[row, 'uscc']} style={{ ...ROW_ITEM, flex: '1 1 170px' }}>
              <Input
                aria-label={`${S.bidderUscc} ${row + 1}`}
                autoComplete="off"
                maxLength={30}
                style={{ fontFamily: 'monospace' }}
              />
            </Form.Item>
            <Form.Item name={[row, 'quotedFen']} style={{ ...ROW_ITEM, width: 130 }}>
              <Input
                aria-label={`${S.bidderQuote} ${row + 1}`}
                autoComplete="off"
                inputMode="decimal"
              />
            </Form.Item>
            <Form.Item name={[row, 'score']} style={{ ...ROW_ITEM, width: 90 }}>
              <InputNumber
                aria-label={`${S.bidderScore} ${row + 1}`}
                min={0}
                max={100}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Form.Item
              name={[row, 'qualified']}
              valuePropName="checked"
              style={{ ...ROW_ITEM, width: 150 }}
            >
              <Checkbox aria-label={`${S.bidderQualified} ${row + 1}`} />
            </Form.Item>
          </>
        )}
      />

      <Row gutter={16}>
        <Col span={16}>
          <Form.Item
            name={[...PROCUREMENT, 'awardedIndex']}
            label={S.awarded(rule.bidderLabel)}
            required
          >
            <Select
              allowClear
              placeholder={S.awardedPlaceholder}
              options={(bidders ?? []).map((bidder, index) => ({
                value: index,
                label: S.awardOption(
                  index + 1,
                  bidder?.name?.trim() || S.unnamedBidder(rule.bidderLabel)
                )
              }))}
            />
          </Form.Item>
        </Col>
        <Col span={8}>
          <Form.Item name={[...PROCUREMENT, 'awardedOn']} label={S.awardedOn} required>
            <IsoDateInput />
          </Form.Item>
        </Col>
      </Row>
    </>
  )
}
