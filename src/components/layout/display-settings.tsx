import { switchLocale } from '../../i18n/load-locale'
import { LOCALE_INFO } from '../../i18n/locales'
import { storeLocale } from '../../i18n/storage'
import { useT } from '../../i18n/use-t'
import { type Palette, type Theme, useScenarioStore } from '../../scenario/scenario-store'
import { type Digits, LOCALES, type Locale } from '../../elections/languages'
import { storeTheme } from '../../scenario/theme-sync'

/** Language, digits, colours and theme: the reader's display choices, in the page header. */
export function DisplaySettings() {
  const { t, locale } = useT()
  const digits = useScenarioStore((s) => s.digits)
  const palette = useScenarioStore((s) => s.palette)
  const setDigits = useScenarioStore((s) => s.setDigits)
  const setPalette = useScenarioStore((s) => s.setPalette)
  const theme = useScenarioStore((s) => s.theme)
  const setTheme = useScenarioStore((s) => s.setTheme)

  const chooseLocale = (next: Locale) => {
    // The language's messages load first; the page turns to it when they are here.
    void switchLocale(next)
    storeLocale(next)
  }
  // Remembered on this device, as the language is: a projector room keeps its theme.
  const chooseTheme = (next: Theme) => {
    setTheme(next)
    storeTheme(next)
  }

  return (
    <div className="display-settings" role="group" aria-label={t('settings.label')}>
      <Choice
        label={t('settings.language')}
        options={LOCALES.map((l) => ({ value: l, text: LOCALE_INFO[l].nativeName, lang: l }))}
        value={locale}
        onChange={chooseLocale}
      />
      <Choice<Digits>
        label={t('settings.digits')}
        options={[
          { value: 'western', text: t('settings.digitsWestern') },
          { value: 'arabic', text: t('settings.digitsArabic') },
        ]}
        value={digits}
        onChange={setDigits}
      />
      <Choice<Palette>
        label={t('settings.palette')}
        options={[
          { value: 'standard', text: t('settings.paletteStandard') },
          { value: 'colorblind', text: t('settings.paletteColorblind') },
        ]}
        value={palette}
        onChange={setPalette}
      />
      <Choice<Theme>
        label={t('settings.theme')}
        options={[
          { value: 'system', text: t('settings.themeSystem') },
          { value: 'light', text: t('settings.themeLight') },
          { value: 'dark', text: t('settings.themeDark') },
        ]}
        value={theme}
        onChange={chooseTheme}
      />
    </div>
  )
}

interface ChoiceProps<T extends string> {
  label: string
  options: { value: T; text: string; lang?: string }[]
  value: T
  onChange: (value: T) => void
}

/** A small set of toggle buttons, one pressed: state is said by aria-pressed and by a ✓. */
function Choice<T extends string>({ label, options, value, onChange }: ChoiceProps<T>) {
  return (
    <div className="choice" role="group" aria-label={label}>
      <span className="choice-label" aria-hidden="true">
        {label}
      </span>
      {options.map((o) => (
        <button
          key={o.value}
          type="button"
          className="choice-option"
          aria-pressed={o.value === value}
          lang={o.lang}
          onClick={() => onChange(o.value)}
        >
          <span className="choice-mark" aria-hidden="true">
            {o.value === value ? '✓' : ''}
          </span>
          {o.text}
        </button>
      ))}
    </div>
  )
}
