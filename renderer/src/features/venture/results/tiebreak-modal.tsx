/**
 * 决定并列次序: the panel puts the applications tied at the funding line in order, first the
 * one to fund first, and gives its reason; the results are computed again with that order.
 */
import { useState } from 'react'
import { Button, Flex, Form, Input, Space, theme, Typography } from 'antd'
import { ArrowDownOutlined, ArrowUpOutlined } from '@ant-design/icons'
import { useRepositories } from '@renderer/db/use-repositories'
import { FormModal, useFormDialog } from '@renderer/components/form-save'
import type { ResultTableRow } from './result-rows'
import { RESULTS_LABELS as L, RESULTS_STRINGS as S } from './strings'

const FIELDS = ['reason'] as const

export function TiebreakModal({
  roundId,
  tied,
  onClose
}: {
  roundId: string
  tied: readonly ResultTableRow[]
  onClose(): void
}) {
  const { ventureRounds } = useRepositories()
  const { form, getValues, saveAndClose, frame } = useFormDialog<{ reason?: string }>(
    FIELDS,
    onClose
  )
  const [order, setOrder] = useState(() => [...tied])
  const { token } = theme.useToken()

  const move = (index: number, by: -1 | 1) =>
    setOrder((current) => {
      const next = [...current]
      const [row] = next.splice(index, 1)
      next.splice(index + by, 0, row!)
      return next
    })

  const submit = async () => {
    const reason = getValues().reason ?? ''
    await saveAndClose(S.tiebreakSaved, () =>
      ventureRounds.setTiebreak(roundId, {
        order: order.map((row) => row.applicationId),
        reason
      })
    )
  }

  return (
    <FormModal
      {...frame}
      title={S.tiebreak}
      okText={S.save}
      cancelText={S.cancel}
      onOk={submit}
      width={600}
    >
      <Typography.Paragraph type="secondary">{S.tiebreakHint}</Typography.Paragraph>
      <ol
        aria-label={S.tiebreak}
        style={{
          listStyle: 'none',
          margin: '0 0 16px',
          padding: 0,
          border: `1px solid ${token.colorBorderSecondary}`,
          borderRadius: token.borderRadius
        }}
      >
        {order.map((row, index) => (
          <li
            key={row.applicationId}
            style={{
              padding: '8px 12px',
              borderTop: index === 0 ? 'none' : `1px solid ${token.colorBorderSecondary}`
            }}
          >
            <Flex justify="space-between" align="center" gap="middle">
              <Flex vertical>
                <Typography.Text strong>
                  {index + 1}. {row.title}
                </Typography.Text>
                <Typography.Text type="secondary">
                  {row.organizationName} · {row.trackName} · {S.tiedScore(row.score ?? 0)}
                </Typography.Text>
              </Flex>
              <Space>
                <Button
                  size="small"
                  icon={<ArrowUpOutlined />}
                  aria-label={S.moveUp(row.title)}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                />
                <Button
                  size="small"
                  icon={<ArrowDownOutlined />}
                  aria-label={S.moveDown(row.title)}
                  disabled={index === order.length - 1}
                  onClick={() => move(index, 1)}
                />
              </Space>
            </Flex>
          </li>
        ))}
      </ol>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={L.tiebreakReason} required>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </FormModal>
  )
}
