import { useEffect, useRef, useState } from 'react'
import { useLocalizedCoalitionViews } from '../../i18n/use-names'
import { useT } from '../../i18n/use-t'
import { pickScenario, useScenarioStore } from '../../scenario/scenario-store'
import { useChamber } from '../../scenario/selectors'
import { summaryLine, summaryWords } from '../../i18n/share-text'
import { shareLink } from '../../scenario/share-link'
import { EmbedCode } from './embed-code'

type What = 'link' | 'text'
type Outcome = { what: What; copied: boolean }

/** The `share` messages for each thing copied. */
const MESSAGES: Record<What, { copied: string; notAllowed: string; field: string }> = {
  link: {
    copied: 'panel.linkCopied',
    notAllowed: 'panel.linkNotAllowed',
    field: 'panel.linkField',
  },
  text: {
    copied: 'panel.textCopied',
    notAllowed: 'panel.textNotAllowed',
    field: 'panel.textField',
  },
}

/**
 * "Copy link", "Copy as text" and "Embed" (embed-code.tsx). Where the browser refuses the Clipboard API, the text is shown
 * in a read-only field, selected, with a note to press Ctrl+C. The summary is in the reader's
 * language and digits, with list names in that language; the link is the same in every language,
 * except a share page's (story/3/, ar/story/3/), whose preview is in the reader's language.
 */
export function ShareLinks() {
  const { t } = useT('share')
  // A string, so the panel re-renders only when the link itself changes. A story step, a
  // ready-made challenge or the opening scenario gets its share page, whose preview shows its card.
  const link = useScenarioStore((s) => shareLink(pickScenario(s)))
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const active = useLocalizedCoalitionViews().find((v) => v.coalition.id === activeId)
  const { totalSeats, majority } = useChamber()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const fallbackRef = useRef<HTMLTextAreaElement>(null)

  const texts: Record<What, string> = {
    link,
    text: summaryLine(
      {
        coalition: active ? { label: active.label, seats: active.result.seats } : null,
        totalSeats,
        majority,
        link,
      },
      summaryWords(t),
    ),
  }

  async function copy(what: What) {
    let copied = false
    try {
      if (navigator.clipboard?.writeText) {
        await navigator.clipboard.writeText(texts[what])
        copied = true
      }
    } catch {
      // Denied (no permission, insecure page, or a browser policy): fall back to selecting.
    }
    setOutcome({ what, copied })
  }

  useEffect(() => {
    if (outcome && !outcome.copied) {
      fallbackRef.current?.focus()
      fallbackRef.current?.select()
    }
  }, [outcome])

  const fallbackShown = outcome !== null && !outcome.copied
  return (
    <section aria-label={t('panel.label')} className="share-links">
      <div className="summary-controls">
        <button type="button" onClick={() => void copy('link')}>
          {t('panel.copyLink')}
        </button>
        <button type="button" onClick={() => void copy('text')}>
          {t('panel.copyText')}
        </button>
        <p role="status" className="hint" style={{ margin: 0 }}>
          {outcome === null
            ? ''
            : t(MESSAGES[outcome.what][outcome.copied ? 'copied' : 'notAllowed'])}
        </p>
        <EmbedCode />
      </div>
      {fallbackShown && (
        <label className="name-field">
          <span>{t(MESSAGES[outcome.what].field)}</span>
          <textarea
            ref={fallbackRef}
            readOnly
            dir="auto"
            rows={3}
            style={{ font: 'inherit', inlineSize: '100%' }}
            value={texts[outcome.what]}
            onFocus={(e) => e.currentTarget.select()}
          />
        </label>
      )}
    </section>
  )
}
