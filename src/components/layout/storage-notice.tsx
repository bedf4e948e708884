import { useT } from '../../i18n/use-t'
import { useSavedScenarios } from '../../scenario/scenario-storage'

/**
 * Says once, politely, that this browser will not keep scenarios; the reader can dismiss it.
 * The live region is always there, so the note is announced when it appears.
 */
export function StorageNotice() {
  const shown = useSavedScenarios((s) => s.cannotSave && !s.noticeDismissed)
  // Its words load only when it has something to say.
  return (
    <div role="status" style={{ marginInline: '1.5rem' }}>
      {shown && <StorageNoticeBody />}
    </div>
  )
}

function StorageNoticeBody() {
  const { t } = useT('reliability')
  const dismiss = useSavedScenarios((s) => s.dismissNotice)
  return (
    <div
      className="panel panel-head"
      style={{ marginBlock: '1rem 0.75rem', borderInlineStart: '6px solid var(--accent)' }}
    >
      <p style={{ margin: 0 }}>{t('storage.cannotSave')}</p>
      <button type="button" onClick={dismiss}>
        {t('storage.dismiss')} <span className="visually-hidden">{t('storage.dismissHidden')}</span>
      </button>
    </div>
  )
}
