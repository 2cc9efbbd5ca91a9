export { RecordPanel, type RecordPanelProps } from './record-panel'
export { RECORD_PANEL_STRINGS } from './strings'
export { ArchiveAction } from './archive-action'
export { RecordHistory } from './record-history'
