import { useT } from '../i18n/use-t'
import { useScenarioStore } from '../scenario/scenario-store'
import { ProjectorToggle } from './projector-toggle'
import { UndoControls } from './undo-controls'
import { VersionSwitch } from './version-switch'

/** Under the picture: undo / redo, start again, which seat figures, and the projector view. */
export function ScenarioToolbar() {
  const { t } = useT()
  const reset = useScenarioStore((s) => s.reset)
  return (
    <div className="scenario-toolbar" role="group" aria-label={t('toolbar.label')}>
      <UndoControls />
      <button type="button" onClick={reset}>
        {t('chamber.reset')}
      </button>
      <ProjectorToggle />
      <VersionSwitch />
    </div>
  )
}
