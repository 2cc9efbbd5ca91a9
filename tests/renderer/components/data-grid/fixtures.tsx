/** Small community records and a render helper for the data grid tests. */
import { render } from '@testing-library/react'
import { ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import { pinyinKeys, type PinyinKeys } from '@shared/text/pinyin'
import { DataGrid, type DataGridColumn, type DataGridProps } from '@renderer/components/data-grid'

export interface Place extends PinyinKeys {
  id: string
  name: string
  subdistrict: string
  address: string
  households: number | null
  foundedOn: string
}

function place(
  id: string,
  name: string,
  subdistrict: string,
  address: string,
  households: number | null,
  foundedOn: string
): Place {
  return { id, name, subdistrict, address, households, foundedOn, ...pinyinKeys(name) }
}

/** Deliberately not in pinyin order. */
export const PLACES: Place[] = [
  place('p1', '鼓楼区', '鼓楼街道', '鼓楼大街1号', 100, '2019-05-01'),
  place('p2', '军门社区', '东街街道', '军门路8号', 9, '2021-01-15'),
  place('p3', '黉门街社区', '鼓楼街道', '黉门街3号', null, '2018-11-30'),
  place('p4', '南街社区', '东街街道', '南街12号', 10, '2020-07-07'),
  place('p5', '永宁路社区', '温泉街道', '永宁路66号', 55, '2022-03-03'),
  place('p6', '阿拉善', '温泉街道', '阿拉善盟', 7, '2017-09-09')
]

export const PLACE_COLUMNS: DataGridColumn<Place>[] = [
  { id: 'name', header: '名称', value: (r) => r.name, width: 160, sort: 'zh' },
  {
    id: 'subdistrict',
    header: '街道',
    value: (r) => r.subdistrict,
    sort: 'zh',
    filter: { kind: 'select', options: ['鼓楼街道', '东街街道', '温泉街道'] }
  },
  { id: 'address', header: '地址', value: (r) => r.address, filter: { kind: 'text' } },
  {
    id: 'households',
    header: '户数',
    value: (r) => r.households,
    align: 'right',
    sort: 'number'
  },
  { id: 'foundedOn', header: '成立日期', value: (r) => r.foundedOn, sort: 'date' },
  { id: 'note', header: '备注', value: () => '', hiddenByDefault: true }
]

export const searchPlace = (r: Place) => ({ text: r.name, keys: r })
export const placeId = (r: Place) => r.id

export function renderGrid<T extends object>(props: DataGridProps<T>) {
  return render(
    <ConfigProvider locale={zhCN}>
      <DataGrid<T> height={400} {...props} />
    </ConfigProvider>
  )
}

export function renderPlaces(props: Partial<DataGridProps<Place>> = {}) {
  return renderGrid<Place>({
    rows: PLACES,
    columns: PLACE_COLUMNS,
    getRowId: placeId,
    search: searchPlace,
    ariaLabel: '社区列表',
    ...props
  })
}
