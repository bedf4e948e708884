/**
 * The first screen's controls that a press on a list does not need: the header (language and
 * settings), the toolbar under the picture (undo, reset, projector, seat figures, sharing) and the
 * tabs below. One chunk, loaded right after the first screen's code (see controls-lazy.ts).
 */
export { ScenarioToolbar } from './scenario-toolbar'
export { SiteHeader } from './site-header'
export { Workbench } from './workbench'
