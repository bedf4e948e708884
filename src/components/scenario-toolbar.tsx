import { ElectionSelect } from './election-select'
import { UndoControls } from './undo-controls'
import './what-if.css'

/** Above the lists: which parliament is shown, and undo / redo. */
export function ScenarioToolbar() {
  return (
    <div className="scenario-toolbar">
      <ElectionSelect />
      <UndoControls />
    </div>
  )
}
