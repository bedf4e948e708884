import type { ReactNode } from 'react'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { ProjectorToggle } from '../classroom/projector-toggle'
import { UndoControls } from './undo-controls'
import { VersionSwitch } from './version-switch'

/**
 * Under the picture: undo / redo, start again, the projector view, which seat figures, and the
 * sharing controls (`share`, loaded on their own).
 */
export function ScenarioToolbar({ share }: { share?: ReactNode }) {
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
      {share}
    </div>
  )
}
