import { useLinkNoticeStore } from '../scenario/link-notice-store'

/**
 * A polite note, at the top of the page, of what an opened link had that could not be used.
 * The live region is always there, so the note is announced when it appears.
 */
export function LinkNotice() {
  const notice = useLinkNoticeStore((s) => s.notice)
  const dismiss = useLinkNoticeStore((s) => s.dismissNotice)
  return (
    <div role="status" style={{ marginInline: '1.5rem' }}>
      {notice && (
        <section
          aria-labelledby="link-notice-title"
          className="panel"
          style={{
            marginBlock: '1rem 0.75rem',
            borderInlineStart: '6px solid var(--accent)',
          }}
        >
          <div className="panel-head">
            <h2 id="link-notice-title">{notice.title}</h2>
            <button type="button" onClick={dismiss}>
              Dismiss <span className="visually-hidden">this note about the link</span>
            </button>
          </div>
          <ul>
            {notice.details.map((d) => (
              <li key={d}>{d}</li>
            ))}
          </ul>
        </section>
      )}
    </div>
  )
}
