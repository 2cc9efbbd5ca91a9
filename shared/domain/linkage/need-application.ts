/**
 * 从需求生成申报书: the third way to answer a need (issue #7 §5) — a 草稿 for the next 公益创投
 * round, prefilled from the need, which the organisation then completes. This is 三社联动's
 * "共同发现需求、共同设计项目" (seed 000): the community's finding starts the project design
 * instead of being retyped into it.
 */
import type { Community } from '../communities/community'
import { charCount } from '../validation'
import type { ApplicationDraft } from '../venture/application'
import type { VentureRound } from '../venture/round'
import type { Need, NeedCategory, NeedSource } from './need'

/** Who a need of each category is for, as the 服务对象 line starts; the rest are 社区居民. */
const BENEFICIARY_TYPES: Partial<Record<NeedCategory, string>> = {
  为老服务: '老年人',
  助残服务: '残疾人',
  青少年服务: '青少年',
  妇女儿童: '妇女儿童'
}

/** The channel a need came through, as the 问题分析 words it. */
const SOURCE_WORDS: Readonly<Record<NeedSource, string>> = {
  走访: '入户走访',
  议事会: '居民议事会',
  网格: '网格员收集',
  征集箱: '需求征集箱',
  '12345': '12345 热线',
  其他: '其他渠道'
}

/** Application titles are at most 60 characters (application.ts `title`). */
const TITLE_MAX = 60

type SourceNeed = Pick<
  Need,
  'id' | 'name' | 'communityId' | 'category' | 'source' | 'raisedBy' | 'raisedOn' | 'description'
>

/**
 * A 草稿 for `round` that answers `need`, in the shape the applications repository's `create`
 * accepts. Prefilled: the title (community and need, or the need's name alone when both do not
 * fit 60 characters), the need's community and the need itself, the track whose name is the
 * need's category (the default tracks carry category names) or else the round's first track, one
 * beneficiary line of the residents who raised it, and 问题分析 / 项目目标 from the need's
 * channel, date, count and description. `organizationId` is the applicant when known.
 *
 * Left for the preparer, as the draft's page lists them: the applicant (when not given), the
 * activity plan, the budget (lines, 申请金额, 配套资金), the team, and the contact person and phone
 * — submitting is refused until the required ones are there (application.ts `submissionIssues`).
 */
export function applicationDraftFromNeed(
  need: SourceNeed,
  community: Pick<Community, 'name'>,
  round: Pick<VentureRound, 'id' | 'tracks'>,
  organizationId: string | null = null
): ApplicationDraft {
  // A round has at least one track (round.ts `tracks`).
  const track =
    round.tracks.find((candidate) => candidate.name === need.category) ?? round.tracks[0]!
  const fullTitle = `${community.name}${need.name}项目`
  const title = charCount(fullTitle) <= TITLE_MAX ? fullTitle : need.name
  // A space between a figure and hanzi, as everywhere else in the app's text.
  const channel =
    need.source === '12345' ? ` ${SOURCE_WORDS[need.source]}` : SOURCE_WORDS[need.source]
  const raised = `${need.raisedOn}，${community.name} ${need.raisedBy} 名居民经${channel}提出“${need.name}”的需求。`
  return {
    roundId: round.id,
    organizationId: organizationId ?? '',
    title,
    track: track.key,
    communityIds: [need.communityId],
    needIds: [need.id],
    beneficiaries: [{ type: BENEFICIARY_TYPES[need.category] ?? '社区居民', count: need.raisedBy }],
    problem: need.description ? `${raised}\n${need.description}` : raised,
    objectives: `回应${community.name} ${need.raisedBy} 名居民提出的“${need.name}”需求。`,
    activities: [],
    team: [],
    budgetLines: [],
    requestedFen: 0,
    matchingFen: 0,
    contactName: null,
    contactPhone: null
  }
}
