/**
 * What a report says, apart from how it is drawn. Report builders (`reports/*.ts`) turn records
 * into a `ReportDocument`; `render-report.ts` lays it out on A4 with jsPDF. Keeping the two apart
 * lets the builders be tested on their words alone, lets the missing-glyph check walk every
 * string before anything is drawn, and gives every report the same 公文-like look.
 */
import type { IsoDate } from '../domain/dates'

/** Fixed facts of the report, printed in its head and written to the PDF's properties. */
export interface ReportMeta {
  /** 标题, e.g. `出壳评估报告`. Also the PDF title. */
  title: string
  /** 副标题 under the title, e.g. the organisation or project name. */
  subtitle?: string
  /** 报告编号, e.g. `CK-2026-0003` (see `report-number.ts`). */
  number: string
  /** 成文日期, printed above the seal and in the page header. */
  date: IsoDate
  /** 出具单位 (单位名称 from 设置); PDF author. May be empty when not yet set. */
  office: string
  /** PDF subject: one line saying what and whom the report is about. */
  subject: string
  /** PDF keywords. */
  keywords?: readonly string[]
  /**
   * True unless the report comes from a 定稿 record; every page then carries 草稿 across it, so
   * a draft can never pass for the signed document.
   */
  draft: boolean
}

/** One labelled value: the parties block and the 基本信息 grids. */
export interface ReportField {
  label: string
  value: string
}

export type ColumnAlign = 'left' | 'center' | 'right'

export interface ReportColumn {
  header: string
  /**
   * Width in characters of body text for short columns (序号 2, 等级 3, 金额 8 …); columns
   * without one share what is left. Without it a Chinese column is squeezed to one character a
   * line (engineering-notes §6.2).
   */
  widthChars?: number
  align?: ColumnAlign
}

export type ReportBlock =
  /** 一、基本情况 (level 1, bold) or （一）指标得分 (level 2). The builder writes the numbering. */
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** Body text, first line indented two characters. */
  | { kind: 'paragraph'; text: string }
  /** A two-column grid of labelled values (基本信息). */
  | { kind: 'fields'; fields: readonly ReportField[] }
  /**
   * A table; its header row repeats on every page it runs onto. `foot` rows (合计) are drawn
   * bold after the body.
   */
  | {
      kind: 'table'
      /** Names the table in the missing-glyph report, e.g. `评分明细`. */
      caption: string
      columns: readonly ReportColumn[]
      rows: readonly (readonly string[])[]
      foot?: readonly (readonly string[])[]
    }
  /** A horizontal-axis bar chart drawn with lines and rectangles; values ≥ 0. */
  | {
      kind: 'bar-chart'
      caption: string
      /** Unit shown after each value and on the axis, e.g. `个` or `万元`. */
      unit: string
      bars: readonly { label: string; value: number }[]
    }
  /**
   * 评估人 / 审核人 lines to sign and the 单位盖章 block with the date; always the last block,
   * kept whole on one page.
   */
  | { kind: 'signatures'; roles: readonly ReportField[]; seal: string; date: IsoDate }

export interface ReportDocument {
  meta: ReportMeta
  /** 委托方 / 承接方 / 评估机构 …: printed under the title before the body. */
  parties: readonly ReportField[]
  blocks: readonly ReportBlock[]
}

/** What every builder needs besides its records. */
export interface ReportContext {
  number: string
  date: IsoDate
  office: string
  operator: string
  /**
   * Print ID numbers and phone numbers in full. False by default; the export flow sets it only
   * after the user confirmed, and audits that.
   */
  revealPersonalData: boolean
}
