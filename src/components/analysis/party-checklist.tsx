import { useId, useState } from 'react'
import { useAnalysisText } from './analysis-words'

export interface ChecklistParty {
  id: string
  name: string
  seats: number
  /** Every name the list goes by, in both languages, lower case: what the filter box searches. */
  search: string
}

/**
 * A checkbox list of lists with a filter box: an accessible multi-select. Chosen lists stay in
 * view whatever the filter; lists in `disabled` cannot be chosen (e.g. already in the other filter).
 */
export function PartyChecklist({
  legend,
  parties,
  selected,
  disabled,
  onChange,
}: {
  legend: string
  parties: readonly ChecklistParty[]
  selected: readonly string[]
  disabled: ReadonlySet<string>
  onChange: (ids: string[]) => void
}) {
  const { t, num } = useAnalysisText()
  const [query, setQuery] = useState('')
  const countId = useId()
  const q = query.trim().toLocaleLowerCase()
  const chosen = new Set(selected)
  const shown = parties.filter((p) => chosen.has(p.id) || !q || p.search.includes(q))
  const toggle = (id: string) =>
    onChange(chosen.has(id) ? selected.filter((x) => x !== id) : [...selected, id])

  return (
    <fieldset className="checklist" aria-describedby={countId}>
      <legend>{legend}</legend>
      <div className="checklist-tools">
        <input
          type="search"
          value={query}
          placeholder={t('finder.filterBox')}
          aria-label={t('finder.filterBoxLabel', { legend })}
          onChange={(e) => setQuery(e.target.value)}
        />
        <span id={countId} className="checklist-count">
          {t('finder.selected', { count: selected.length })}
        </span>
        {selected.length > 0 && (
          <button
            type="button"
            aria-label={t('finder.clearLabel', { legend })}
            onClick={() => onChange([])}
          >
            {t('finder.clear')}
          </button>
        )}
      </div>
      <ul className="checklist-items">
        {shown.map((p) => (
          <li key={p.id}>
            <label>
              <input
                type="checkbox"
                checked={chosen.has(p.id)}
                disabled={disabled.has(p.id) && !chosen.has(p.id)}
                onChange={() => toggle(p.id)}
              />
              <span>{p.name}</span> <span className="muted">{num(p.seats)}</span>
            </label>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="hint">{t('finder.noMatch', { query })}</p>}
    </fieldset>
  )
}
