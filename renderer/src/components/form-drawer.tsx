/**
 * The drawer a long form opens in: 取消 / 保存 at its foot, the refusals no field shows above the
 * form, and a question before closing throws typing away.
 */
import type { ReactNode } from 'react'
import { App, Button, Drawer, Space, type FormInstance } from 'antd'
import { FormErrors } from './form-save'

/** The drawer's words; each feature's strings carry them. */
export interface FormDrawerStrings {
  save: string
  cancel: string
  discardTitle: string
  discardText: string
  discard: string
  keepEditing: string
}

/** Runs `leave` at once when nothing was typed in `form`, else once the user agrees to lose it. */
export function useConfirmLeave(form: FormInstance, strings: FormDrawerStrings) {
  const { modal } = App.useApp()
  return (leave: () => void) => {
    if (!form.isFieldsTouched()) {
      leave()
      return
    }
    modal.confirm({
      title: strings.discardTitle,
      content: strings.discardText,
      okText: strings.discard,
      okButtonProps: { danger: true },
      cancelText: strings.keepEditing,
      onOk: leave
    })
  }
}

export interface FormDrawerProps {
  form: FormInstance
  title: string
  strings: FormDrawerStrings
  saving: boolean
  /** Refusals no field shows. */
  errors: readonly string[]
  onSave(): void
  /** Once the drawer is closed, after the question when something was typed. */
  onClose(): void
  children: ReactNode
}

export function FormDrawer({
  form,
  title,
  strings,
  saving,
  errors,
  onSave,
  onClose,
  children
}: FormDrawerProps) {
  const confirmLeave = useConfirmLeave(form, strings)
  return (
    <Drawer
      open
      size="large"
      title={title}
      onClose={() => confirmLeave(onClose)}
      destroyOnHidden
      footer={
        <Space style={{ display: 'flex', justifyContent: 'flex-end' }}>
          <Button onClick={() => confirmLeave(onClose)}>{strings.cancel}</Button>
          <Button type="primary" loading={saving} onClick={onSave}>
            {strings.save}
          </Button>
        </Space>
      }
    >
      <FormErrors messages={errors} />
      {children}
    </Drawer>
  )
}
