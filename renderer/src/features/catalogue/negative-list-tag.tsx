import { Tag } from 'antd'
import { negativeListLabel, type NegativeListKey } from '@shared/domain/catalogue/catalogue-item'
import { CATALOGUE_STRINGS as S } from './strings'

/** The red mark of an item on the 102号令 art. 10 negative list, naming its category. */
export function NegativeListTag({ negativeListKey }: { negativeListKey: NegativeListKey }) {
  return <Tag color="red">{S.negativeTag(negativeListLabel(negativeListKey))}</Tag>
}
