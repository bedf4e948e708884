import { type KeyboardEvent, useEffect, useRef } from 'react'
import { switchLocale } from '../../i18n/load-locale'
import { LOCALE_INFO } from '../../i18n/locales'
import { storeLocale } from '../../i18n/storage'
import { useT } from '../../i18n/use-t'
import { LOCALES } from '../../elections/languages'
import { DisplaySettings } from './display-settings'

/**
 * The header's controls: the other language one press away, and every other display setting
 * (digits, colours, theme) folded into one menu so it never pushes the coalition down.
 */
export function SettingsMenu() {
  const { t, locale } = useT()
  const other = LOCALES.find((l) => l !== locale) ?? locale
  const details = useRef<HTMLDetailsElement>(null)

  // Closes when the reader clicks or tabs away from it.
  useEffect(() => {
    const close = (event: Event) => {
      const menu = details.current
      if (menu?.open && event.target instanceof Node && !menu.contains(event.target))
        menu.open = false
    }
    document.addEventListener('pointerdown', close)
    document.addEventListener('focusin', close)
    return () => {
      document.removeEventListener('pointerdown', close)
      document.removeEventListener('focusin', close)
    }
  }, [])

  const onKeyDown = (event: KeyboardEvent<HTMLDetailsElement>) => {
    if (event.key !== 'Escape' || !details.current?.open) return
    details.current.open = false
    details.current.querySelector('summary')?.focus()
  }

  return (
    <div className="header-controls">
      <button
        type="button"
        className="language-switch"
        lang={other}
        onClick={() => {
          // The language's messages load first; the page turns to it when they are here.
          void switchLocale(other)
          storeLocale(other)
        }}
      >
        {LOCALE_INFO[other].nativeName}
      </button>
      <details className="settings-menu" ref={details} onKeyDown={onKeyDown}>
        <summary aria-label={t('settings.menu')}>
          <span aria-hidden="true" className="settings-icon">
            ⚙
          </span>
          <span className="settings-label">{t('settings.menu')}</span>
        </summary>
        <div className="settings-popover">
          <DisplaySettings />
        </div>
      </details>
    </div>
  )
}
