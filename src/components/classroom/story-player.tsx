import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react'
import type { Story, StorySource, StoryStep } from '../../elections/parse-story'
import { useT } from '../../i18n/use-t'
import type { Digits, Locale } from '../../elections/languages'
import { pickScenario, useScenarioStore } from '../../scenario/scenario-store'
import { clampStoryStep, storyStepScenario } from '../../scenario/story-scenario'
import { dateTag, localDigits } from './classroom-text'
import { useStoryCatalog } from '../layout/use-shipped-data'
import './classroom.css'

/**
 * Starting or leaving the story swaps the player the reader pressed for its twin (the one in the
 * tabs for the one above the coalition, and back): this says which of the twin's controls takes
 * the focus when it appears, so keyboard users stay where they were.
 */
let focusOnAppear: 'title' | 'start' | null = null

interface StoryPlayerProps {
  /** The story to tell; the shipped 2018 story unless given (tests pass their own). */
  story?: Story
  /** Extra controls for the story's header, e.g. the projector toggle. */
  actions?: ReactNode
  /** Projector layout: sources fold away to leave room for the chamber. */
  compact?: boolean
  /**
   * Above the coalition on the first screen: as `compact`, and the caption shows its first lines
   * with a button for the rest, so the verdict and the picture stay in view.
   */
  brief?: boolean
}

/**
 * The guided story: Start, then Previous / Next (buttons, or ← and → while the focus is in the
 * story, never inside a text field), each step loading its scenario into the store. The step
 * shown is the store's `storyStep`, so a link that carries it opens on that step.
 */
export function StoryPlayer({
  story: given,
  actions,
  compact: compactLayout = false,
  brief = false,
}: StoryPlayerProps) {
  const compact = compactLayout || brief
  const [expanded, setExpanded] = useState<number | null>(null)
  const { t, locale, digits } = useT('classroom')
  const electionId = useScenarioStore((s) => s.electionId)
  const { catalog: shipped, available } = useStoryCatalog(electionId)
  const story = given ?? shipped?.story
  const storyStep = useScenarioStore((s) => s.storyStep)
  const setStoryStep = useScenarioStore((s) => s.setStoryStep)
  const loadScenario = useScenarioStore((s) => s.loadScenario)
  const titleRef = useRef<HTMLHeadingElement>(null)
  const startRef = useRef<HTMLButtonElement>(null)
  const focusAfterRender = useRef<'title' | 'start' | null>(null)

  useEffect(() => {
    const target = focusAfterRender.current ?? focusOnAppear
    focusAfterRender.current = null
    if (target === 'title' && titleRef.current) {
      titleRef.current.focus()
      focusOnAppear = null
    }
    if (target === 'start' && startRef.current) {
      startRef.current.focus()
      focusOnAppear = null
    }
  }, [storyStep, story])

  // The story is about one election: with another parliament shown (an imported one, say) it
  // has nothing to tell.
  if (story && story.electionId !== electionId) return null
  // A parliament without a story (2025's, or an own one) shows none.
  if (!given && !available) return null

  if (!story && !shipped) {
    // The story loads after the first screen (or before it, for a link to a step).
    return (
      <section className="panel story" aria-labelledby="story-heading" aria-busy="true">
        <div className="story-head">
          <h2 id="story-heading">{t('story.heading')}</h2>
          <div className="story-controls">{actions}</div>
        </div>
      </section>
    )
  }
  if (!story) {
    return (
      <section className="panel story" aria-labelledby="story-heading">
        <h2 id="story-heading">{t('story.heading')}</h2>
        <p role="alert">{t('story.unavailable')}</p>
        <details>
          <summary>…</summary>
          <ul>
            {(shipped?.errors ?? []).slice(0, 10).map((e) => (
              <li key={e}>
                <code>{e}</code>
              </li>
            ))}
          </ul>
        </details>
      </section>
    )
  }

  const count = story.steps.length
  const current = storyStep === null ? null : clampStoryStep(storyStep, count)
  const step = current === null ? undefined : story.steps[current - 1]
  const ar = locale === 'ar'

  const goTo = (n: number) => {
    const state = pickScenario(useScenarioStore.getState())
    loadScenario(storyStepScenario(story, n, state))
  }
  const start = () => {
    focusAfterRender.current = 'title'
    focusOnAppear = 'title'
    goTo(1)
  }
  const previous = () => current !== null && current > 1 && goTo(current - 1)
  const next = () => current !== null && current < count && goTo(current + 1)
  const exit = () => {
    focusAfterRender.current = 'start'
    focusOnAppear = 'start'
    setStoryStep(null)
  }

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (current === null || isTextEntry(event.target)) return
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return
    // In a right-to-left page the story runs right to left, so ← is "next".
    const forward = ar ? 'ArrowLeft' : 'ArrowRight'
    const back = ar ? 'ArrowRight' : 'ArrowLeft'
    if (event.key === forward) {
      event.preventDefault()
      next()
    } else if (event.key === back) {
      event.preventDefault()
      previous()
    }
  }

  const sourcesById = new Map(story.sources.map((s) => [s.id, s]))
  const localText = (english: string, arabic: string | undefined) =>
    localDigits(ar && arabic ? arabic : english, digits)
  const textLang = (arabic: string | undefined): Locale => (ar && arabic ? 'ar' : 'en')

  return (
    <section
      className={`panel story${compact ? ' is-compact' : ''}${brief ? ' is-brief' : ''}`}
      aria-labelledby="story-heading"
      onKeyDown={onKeyDown}
    >
      <div className="story-head">
        <h2 id="story-heading">{localText(story.title, story.titleAr)}</h2>
        <div className="story-controls" role="group" aria-label={t('story.controls')}>
          {current === null ? (
            <button type="button" ref={startRef} className="primary" onClick={start}>
              {t('story.start')}
            </button>
          ) : (
            <>
              <button
                type="button"
                onClick={previous}
                aria-disabled={current <= 1}
                className="story-previous"
              >
                {t('story.previous')}
              </button>
              <span className="story-position">{t('story.stepOf', { step: current, count })}</span>
              <button
                type="button"
                onClick={next}
                aria-disabled={current >= count}
                className="primary story-next"
              >
                {t('story.next')}
              </button>
              <button type="button" onClick={exit}>
                {t('story.exit')}
              </button>
            </>
          )}
          {actions}
        </div>
      </div>
      {step === undefined || current === null ? (
        <p className="story-intro" lang={textLang(story.introAr)}>
          {localText(story.intro, story.introAr)}
        </p>
      ) : (
        <article className="story-step" aria-labelledby="story-step-title">
          <p className="story-meta">
            <time dateTime={step.dateEnd ? `${step.date}/${step.dateEnd}` : step.date}>
              {formatStepDate(step, locale, digits)}
            </time>
          </p>
          <h3 id="story-step-title" ref={titleRef} tabIndex={-1} lang={textLang(step.titleAr)}>
            {localText(step.title, step.titleAr)}
          </h3>
          <p
            className={`story-caption${brief && expanded !== current ? ' is-clamped' : ''}`}
            id="story-caption"
            lang={textLang(step.captionAr)}
          >
            {localText(step.caption, step.captionAr)}
          </p>
          {brief && (
            <button
              type="button"
              className="link-button"
              aria-expanded={expanded === current}
              aria-controls="story-caption"
              onClick={() => setExpanded(expanded === current ? null : current)}
            >
              {expanded === current ? t('story.readLess') : t('story.readMore')}
            </button>
          )}
          {step.note &&
            (compact ? (
              <details className="story-note-block">
                <summary>{t('story.more')}</summary>
                <p className="story-note" lang={textLang(step.noteAr)}>
                  {localText(step.note, step.noteAr)}
                </p>
              </details>
            ) : (
              <p className="story-note" lang={textLang(step.noteAr)}>
                {localText(step.note, step.noteAr)}
              </p>
            ))}
          <StepSources
            label={t('story.sources')}
            sources={step.sourceIds.flatMap((id) => sourcesById.get(id) ?? [])}
            compact={compact}
            locale={locale}
            digits={digits}
          />
          {!brief && <p className="hint story-keys">{t('story.keysHint')}</p>}
        </article>
      )}
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {step && current !== null
          ? t('story.announce', {
              step: current,
              count,
              title: localText(step.title, step.titleAr),
            })
          : ''}
      </p>
    </section>
  )
}

function StepSources({
  label,
  sources,
  compact,
  locale,
  digits,
}: {
  label: string
  sources: readonly StorySource[]
  compact: boolean
  locale: Locale
  digits: Digits
}) {
  const list = (
    <ul className="story-sources" aria-label={label}>
      {sources.map((s) => (
        <li key={s.id}>
          <a href={s.url} target="_blank" rel="noreferrer noopener" title={s.description} lang="en">
            {s.publisher}
            {s.title ? `: ${s.title}` : ''}
          </a>{' '}
          <span className="muted">({formatSourceDate(s.date, locale, digits)})</span>
        </li>
      ))}
    </ul>
  )
  if (!compact) {
    return (
      <div className="story-sources-block">
        <h4>{label}</h4>
        {list}
      </div>
    )
  }
  return (
    <details className="story-sources-block">
      <summary>{`${label} (${localDigits(String(sources.length), digits)})`}</summary>
      {list}
    </details>
  )
}

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true
  if (target instanceof HTMLInputElement) {
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file'].includes(
      target.type,
    )
  }
  return false
}

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`)

/** "19 May 2018", or a range such as "7–8 June 2018" / "15 September – 25 October 2018". */
function formatStepDate(step: StoryStep, locale: Locale, digits: Digits): string {
  const format = new Intl.DateTimeFormat(dateTag(locale, digits), {
    dateStyle: 'long',
    timeZone: 'UTC',
  })
  return step.dateEnd
    ? format.formatRange(utc(step.date), utc(step.dateEnd))
    : format.format(utc(step.date))
}

/** A source's date: a day ("7 June 2018") or, where only the month is known, "September 2018". */
function formatSourceDate(iso: string, locale: Locale, digits: Digits): string {
  const tag = dateTag(locale, digits)
  if (/^[0-9]{4}-[0-9]{2}$/.test(iso)) {
    return new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
      utc(`${iso}-01`),
    )
  }
  return new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(utc(iso))
}
