/**
 * The tab a page shows, kept in the address (`?tab=`) so that a link can open it directly; the
 * first of `tabs` is the default and leaves the address without one.
 */
import { useSearchParams } from 'react-router'

export function useTabParam<K extends string>(tabs: readonly [K, ...K[]]): [K, (key: K) => void] {
  const [params, setParams] = useSearchParams()
  const tab = tabs.find((key) => key === params.get('tab')) ?? tabs[0]
  const openTab = (key: K) => setParams(key === tabs[0] ? {} : { tab: key }, { replace: true })
  return [tab, openTab]
}
