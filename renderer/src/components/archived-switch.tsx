/** 显示已归档: the switch of every list that leaves archived records out unless asked. */
import { Flex, Switch } from 'antd'

export interface ShowArchivedSwitchProps {
  checked: boolean
  onChange(value: boolean): void
}

export function ShowArchivedSwitch({ checked, onChange }: ShowArchivedSwitchProps) {
  return (
    <label>
      <Flex gap="small" align="center">
        <Switch size="small" checked={checked} onChange={onChange} />
        <span>显示已归档</span>
      </Flex>
    </label>
  )
}
