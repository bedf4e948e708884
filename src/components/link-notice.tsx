import { LOCALE_INFO } from '../i18n/locales'
import type { LocalizedText } from '../i18n/names'
import { type Translate, useT } from '../i18n/use-t'
import type { LinkNotice as Notice } from '../scenario/link-notice-store'
import { useLinkNoticeStore } from '../scenario/link-notice-store'
import { linkProblemText } from '../scenario/link-problems'
import type { Locale } from '../scenario/scenario-store'

/**
 * A polite note, at the top of the page, of what an opened link had that could not be used.
 * The live region is always there, so the note is announced when it appears. The decoder's
 * problems are worded in the reader's language; a sentence that exists in English only is shown
 * as it is, marked as English.
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
        {lines(notice, t, locale).map((line, i) =>
          line.lang === locale ? (
            <li key={i}>{line.text}</li>
          ) : (
            <li key={i} lang={line.lang} dir={LOCALE_INFO[line.lang].dir}>
              {line.text}{' '}
              <span lang={locale} dir={LOCALE_INFO[locale].dir}>
                {t('notice.inEnglish')}
              </span>
            </li>
          ),
        )}
      </ul>
    </section>
  )
}

/** The note's lines: the problems, or why the link could not be opened and what is shown. */
function lines(notice: Notice, t: Translate, locale: Locale): LocalizedText[] {
  if (notice.kind === 'partial') return notice.warnings.map((w) => linkProblemText(w, t, locale))
  return [
    linkProblemText(notice.reason, t, locale),
    { text: t('notice.openingShown'), lang: locale },
  ]
}
