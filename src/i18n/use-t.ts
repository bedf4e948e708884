/**
 * `useT(namespace)`: `t` for the reader's language and digits, plus number and date formatters.
 * The component re-renders when the language or digits change, and when its namespace finishes
 * loading; a namespace not loaded yet starts loading when the component mounts.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react'
import { useScenarioStore } from '../scenario/scenario-store'
import { type Locale } from '../elections/languages'
import {
  type Translate,
  formatDate,
  formatNumber,
  hasMessages,
  loadNamespaces,
  subscribeMessages,
  translator,
} from './i18n'
import { DEFAULT_NAMESPACE } from './namespaces'

export type { Translate } from './i18n'

export function useT(namespace: string = DEFAULT_NAMESPACE) {
  const locale: Locale = useScenarioStore((s) => s.locale)
  const digits = useScenarioStore((s) => s.digits)
  const isLoaded = () => hasMessages(locale, namespace)
  // The same on the server: a page built ahead of time loads its first-screen messages first.
  const ready = useSyncExternalStore(subscribeMessages, isLoaded, isLoaded)
  useEffect(() => {
    // Offline with nothing cached: the text stays as it is, and the next mount tries again.
    if (!ready) loadNamespaces(locale, [namespace]).catch(() => undefined)
  }, [ready, locale, namespace])
  // `ready` is a dependency on purpose: a new `t` once the messages arrive re-renders its users.
  const t = useMemo<Translate>(
    () => translator(locale, digits, namespace),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [locale, digits, namespace, ready],
  )
  return useMemo(
    () => ({
      t,
      locale,
      digits,
      /** Whether the namespace's messages are loaded in the reader's language. */
      ready,
      num: (value: number) => formatNumber(value, locale, digits),
      date: (iso: string) => formatDate(iso, locale, digits),
    }),
    [t, locale, digits, ready],
  )
}
