/**
 * The first screen's parts that a press on a list does not need: the header (language and
 * settings), the toolbar under the picture (undo, reset, projector, seat figures, sharing), the
 * tabs below, the notices about a link or this device's storage, the pinned verdict, the spoken
 * announcements, the offline status and the print sheet. One chunk, loaded right after the first
 * screen's code (see controls-lazy.ts).
 */
export { LinkNotice } from '../share/link-notice'
export { PrintSheetWhenPrinting } from '../classroom/print-when-printing'
export { SiteHeader } from './site-header'
export { StageFooter, StageToolbar, StageWorkbench } from './stage-parts'
export { StickyVerdict } from './sticky-verdict'
export { StorageNotice } from './storage-notice'
export { VerdictAnnouncer } from './verdict-announcer'
