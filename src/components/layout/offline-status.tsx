import { useT } from '../../i18n/use-t'
import { useOfflineStatus } from '../../pwa'

/** Says so once the whole app is stored on this device and works without a network. */
export function OfflineStatus() {
  const { t } = useT()
  const status = useOfflineStatus()
  // The live region is always there, so screen readers announce the message when it appears.
  return (
    <p className="offline-status muted" role="status">
      {status === 'ready' && (
        <>
          <span aria-hidden="true">✓ </span>
          {t('offline.ready')}
        </>
      )}
    </p>
  )
}
