import { useEffect, useId, useSyncExternalStore } from 'react'
import { useT } from '../../i18n/use-t'
import {
  type UndoHistory,
  getAppHistory,
  hasOwnTextUndo,
  undoShortcut,
} from '../../scenario/undo-history'

/**
 * Undo and Redo buttons, and the keyboard shortcuts (Ctrl/Cmd+Z, Shift+Ctrl/Cmd+Z, Ctrl+Y)
 * anywhere on the page except in text fields, which keep the browser's own text undo.
 */
export function UndoControls({ history = getAppHistory() }: { history?: UndoHistory }) {
  const { t } = useT()
  const limitId = useId()
  const { canUndo, canRedo, limitReached, limit } = useSyncExternalStore(
    history.subscribe,
    history.getState,
    // Nothing to undo on a page drawn ahead of time, nor while the browser takes it over.
    history.getState,
  )

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || hasOwnTextUndo(event.target)) return
      const command = undoShortcut(event)
      if (!command) return
      event.preventDefault()
      history[command]()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [history])

  return (
    <div className="undo-controls" role="group" aria-label={t('undo.group')}>
      <button
        type="button"
        onClick={history.undo}
        disabled={!canUndo}
        aria-describedby={limitReached ? limitId : undefined}
        aria-keyshortcuts="Control+Z Meta+Z"
        title={t('undo.undoKeys')}
      >
        <span aria-hidden="true">↶ </span>
        {t('undo.undo')}
      </button>
      <button
        type="button"
        onClick={history.redo}
        disabled={!canRedo}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y"
        title={t('undo.redoKeys')}
      >
        <span aria-hidden="true">↷ </span>
        {t('undo.redo')}
      </button>
      {/* Undo keeps HISTORY_LIMIT steps: once it has gone back that far it says so. */}
      <span role="status" className="undo-limit" id={limitId}>
        {limitReached ? t('undo.limitReached', { count: limit }) : ''}
      </span>
    </div>
  )
}
