/**
 * Shows the shared rule's findings on a stored record at its fields as soon as its form is on
 * screen: a record may break a rule added since it was saved, or carry a warning (an expired
 * registration), and nobody should save it again without seeing them. Placed inside the Form:
 * a drawer mounts its fields only once it has opened, so a check run by the component that
 * opens the drawer finds no field yet.
 */
import { useEffect } from 'react'
import type { FormInstance } from 'antd'

export function CheckOnOpen({ form }: { form: FormInstance }) {
  useEffect(() => {
    form.validateFields({ recursive: true }).catch(() => undefined)
  }, [form])
  return null
}
