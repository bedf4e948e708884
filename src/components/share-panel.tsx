import { useEffect, useRef, useState } from 'react'
import { pickScenario, useScenarioStore } from '../scenario/scenario-store'
import { useChamber, useCoalitionViews } from '../scenario/selectors'
import { summaryLine } from '../scenario/share-text'
import { scenarioLink } from '../scenario/url-sync'

type What = 'link' | 'text'
type Outcome = { what: What; copied: boolean }

/**
 * "Copy link" and "Copy as text". Where the browser refuses the Clipboard API, the text is shown
 * in a read-only field, selected, with a note to press Ctrl+C.
 */
export function ShareLinks() {
  // A string, so the panel re-renders only when the link itself changes.
  const link = useScenarioStore((s) => scenarioLink(pickScenario(s)))
  const activeId = useScenarioStore((s) => s.activeCoalitionId)
  const active = useCoalitionViews().find((v) => v.coalition.id === activeId)
  const { totalSeats, majority } = useChamber()
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const fallbackRef = useRef<HTMLTextAreaElement>(null)

  const texts: Record<What, string> = {
    link,
    text: summaryLine({
      coalition: active ? { label: active.label, seats: active.result.seats } : null,
      totalSeats,
      majority,
      link,
    }),
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
    <section
      aria-label="Share this scenario"
      style={{ marginInline: '1.5rem', marginBlockStart: '0.75rem' }}
    >
      <div className="summary-controls">
        <button type="button" onClick={() => void copy('link')}>
          Copy link
        </button>
        <button type="button" onClick={() => void copy('text')}>
          Copy as text
        </button>
        <p role="status" className="hint" style={{ margin: 0 }}>
          {outcome === null
            ? ''
            : outcome.copied
              ? outcome.what === 'link'
                ? 'Link copied.'
                : 'Summary copied.'
              : `Copying was not allowed here. The ${outcome.what === 'link' ? 'link' : 'summary'} is selected below: press Ctrl+C (⌘C on a Mac) to copy it.`}
        </p>
      </div>
      {fallbackShown && (
        <label className="name-field">
          <span>{outcome.what === 'link' ? 'Link to copy' : 'Summary to copy'}</span>
          <textarea
            ref={fallbackRef}
            readOnly
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
