/**
 * `useT(namespace)`: react-i18next's `t`, with the reader's digits passed to every message, plus
 * number and date formatters for the current language.
 */
import { useCallback, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type Locale, useScenarioStore } from '../scenario/scenario-store'
import { DEFAULT_NAMESPACE, formatDate, formatNumber } from './i18n'

export type Translate = (key: string, options?: Record<string, unknown>) => string

export function useT(namespace: string = DEFAULT_NAMESPACE) {
  const { t: raw } = useTranslation(namespace)
  const locale: Locale = useScenarioStore((s) => s.locale)
  const digits = useScenarioStore((s) => s.digits)
  const t = useCallback<Translate>(
    (key, options) => raw(key, { lng: locale, digits, ...options }) as string,
    [raw, locale, digits],
  )
  return useMemo(
    () => ({
      t,
      locale,
      digits,
      num: (value: number) => formatNumber(value, locale, digits),
      date: (iso: string) => formatDate(iso, locale, digits),
    }),
    [t, locale, digits],
  )
}
