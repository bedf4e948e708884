import { useEffect, useId, useRef, useState } from 'react'
import { useT } from '../../i18n/use-t'
import { pickScenario, useScenarioStore } from '../../scenario/scenario-store'
import { scenarioLink } from '../../scenario/url-sync'
import { embedSnippet } from './embed-snippet'

type Outcome = 'copied' | 'notAllowed' | null

/**
 * "Embed": the code that shows the scenario on screen inside another web page, with a copy
 * button. Where the browser refuses the Clipboard API, the code is selected for Ctrl+C.
 */
export function EmbedCode() {
  const { t } = useT('share')
  const { t: tc } = useT()
  const src = useScenarioStore((s) => scenarioLink({ ...pickScenario(s), view: 'embed' }))
  const [open, setOpen] = useState(false)
  const [outcome, setOutcome] = useState<Outcome>(null)
  const fieldRef = useRef<HTMLTextAreaElement>(null)
  const regionId = useId()
  const code = embedSnippet({ src, title: tc('app.documentTitle') })

  useEffect(() => {
    if (outcome === 'notAllowed') {
      fieldRef.current?.focus()
      fieldRef.current?.select()
    }
  }, [outcome])

  async function copy() {
    let copied = false
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(code)
        copied = true
      }
    } catch {
      // Denied: fall back to selecting the code.
    }
    setOutcome(copied ? 'copied' : 'notAllowed')
  }

  // In the row of sharing buttons; the code opens on a line of its own below them.
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={regionId}
        onClick={() => {
          setOpen(!open)
          setOutcome(null)
        }}
      >
        {t('embed.button')}
      </button>
      <div id={regionId} hidden={!open} className="embed-code-body">
        <label className="name-field">
          <span>{t('embed.field')}</span>
          <textarea
            ref={fieldRef}
            readOnly
            dir="ltr"
            rows={4}
            value={code}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
        <p className="hint">{t('embed.hint')}</p>
        <div className="summary-controls">
          <button type="button" onClick={() => void copy()}>
            {t('embed.copy')}
          </button>
          <p role="status" className="hint">
            {outcome === null ? '' : t(`embed.${outcome}`)}
          </p>
        </div>
      </div>
    </>
  )
}
