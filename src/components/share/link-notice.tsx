import { linkProblemText } from '../../i18n/problem-text'
import { type Translate, useT } from '../../i18n/use-t'
import type { LinkNotice as Notice } from '../../scenario/link-notice-store'
import { useLinkNoticeStore } from '../../scenario/link-notice-store'
import type { Locale } from '../../elections/languages'

/**
 * A polite note, at the top of the page, of what an opened link had that could not be used.
 * The live region is always there, so the note is announced when it appears. The decoder's
 * problems are worded in the reader's language.
 */
export function LinkNotice() {
  const notice = useLinkNoticeStore((s) => s.notice)
  // Its words load with the first notice: most visits never need them.
  return (
    <div role="status" style={{ marginInline: '1.5rem' }}>
      {notice && <NoticeBody notice={notice} />}
    </div>
  )
}

function NoticeBody({ notice }: { notice: Notice }) {
  const { t, locale } = useT('share')
  // A list of a parliament in the link is told what is wrong with it as a file's would be.
  const { t: tFile } = useT('whatif')
  const dismiss = useLinkNoticeStore((s) => s.dismissNotice)
  return (
    <section
      aria-labelledby="link-notice-title"
      className="panel"
      style={{
        marginBlock: '1rem 0.75rem',
        borderInlineStart: '6px solid var(--accent)',
      }}
    >
      <div className="panel-head">
        <h2 id="link-notice-title">{t(`notice.${notice.kind}`)}</h2>
        <button type="button" onClick={dismiss}>
          {t('notice.dismiss')} <span className="visually-hidden">{t('notice.dismissWhat')}</span>
        </button>
      </div>
      <ul>
        {lines(notice, t, tFile, locale).map((line, i) => (
          <li key={i}>{line}</li>
        ))}
      </ul>
    </section>
  )
}

/** The note's lines: the problems, or why the link could not be opened and what is shown. */
function lines(notice: Notice, t: Translate, tFile: Translate, locale: Locale): string[] {
  if (notice.kind === 'partial') {
    return notice.warnings.map((w) => linkProblemText(w, t, locale, tFile).text)
  }
  return [linkProblemText(notice.reason, t, locale, tFile).text, t('notice.openingShown')]
}
