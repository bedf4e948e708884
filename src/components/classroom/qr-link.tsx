import { useEffect, useRef, useState } from 'react'
import { useT } from '../../i18n/use-t'
import { pickScenario, useScenarioStore } from '../../scenario/scenario-store'
import { scenarioLink } from '../../scenario/url-sync'
import { qrPath } from './qr-code'
import './qr-link.css'

/** Quiet zone around the code, in modules (the QR standard asks for 4). */
const QUIET = 4

/**
 * "QR code": a large QR code of the current scenario's link in a dialog, for students to scan from
 * the projector. Closes with Escape or the Close button.
 */
export function QrLink() {
  const { t } = useT('classroom')
  // Students open the scenario on their own screens, so their link is for the standard view.
  const link = useScenarioStore((s) => scenarioLink({ ...pickScenario(s), view: 'standard' }))
  const [open, setOpen] = useState(false)
  const dialogRef = useRef<HTMLDialogElement>(null)
  const qr = open ? qrPath(link) : null

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || !open) return
    // Browsers without modal dialogs (and jsdom) get a plain open dialog.
    if (typeof dialog.showModal === 'function') {
      if (!dialog.open) dialog.showModal()
    } else dialog.setAttribute('open', '')
  }, [open])

  const close = () => {
    const dialog = dialogRef.current
    if (dialog && typeof dialog.close === 'function') dialog.close()
    else dialog?.removeAttribute('open')
    setOpen(false)
  }

  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('qr.show')}
      </button>
      {open && (
        <dialog
          ref={dialogRef}
          className="qr-dialog"
          aria-labelledby="qr-title"
          onClose={() => setOpen(false)}
        >
          <h2 id="qr-title">{t('qr.title')}</h2>
          {qr ? (
            <svg
              className="qr-code"
              viewBox={`${-QUIET} ${-QUIET} ${qr.size + 2 * QUIET} ${qr.size + 2 * QUIET}`}
              role="img"
              aria-label={t('qr.imageLabel')}
              shapeRendering="crispEdges"
            >
              <rect
                x={-QUIET}
                y={-QUIET}
                width={qr.size + 2 * QUIET}
                height={qr.size + 2 * QUIET}
                fill="#fff"
              />
              <path d={qr.path} fill="#000" />
            </svg>
          ) : (
            <p role="alert">{t('qr.tooLong')}</p>
          )}
          <p className="qr-link" dir="ltr">
            {link}
          </p>
          <button type="button" className="primary" onClick={close} autoFocus>
            {t('qr.close')}
          </button>
        </dialog>
      )}
    </>
  )
}
