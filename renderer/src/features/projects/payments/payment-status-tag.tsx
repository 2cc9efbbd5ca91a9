import { Tag } from 'antd'
import type { PaymentStatus } from '@shared/domain/payments/payment'
import { PAYMENT_STATUS_COLORS } from './strings'

export function PaymentStatusTag({ status }: { status: PaymentStatus }) {
  return <Tag color={PAYMENT_STATUS_COLORS[status]}>{status}</Tag>
}
