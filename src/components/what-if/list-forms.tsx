/**
 * Merge two lists, split one, add one: three small forms, each with its own fields until it is
 * submitted. The store's actions (and the rules in elections/list-changes.ts) decide the new
 * list's id, name, colour and seats.
 */
import { type FormEvent, type ReactNode, useState } from 'react'
import { MAX_LIST_NAME_LENGTH, MAX_LIST_SEATS } from '../../elections/parliament-edits'
import type { Party } from '../../elections/types'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import type { ListRow } from '../../scenario/selectors'
import { typedSeats } from './typed-seats'

const submit = (run: () => void) => (event: FormEvent) => {
  event.preventDefault()
  run()
}

export function ListForms({ rows, nameOf }: { rows: ListRow[]; nameOf: (p: Party) => string }) {
  const ids = new Set(rows.map((r) => r.party.id))
  const pick = (id: string) => (ids.has(id) ? id : '')
  const options = rows.map((r) => (
    <option key={r.party.id} value={r.party.id}>
      {nameOf(r.party)}
    </option>
  ))
  return (
    <div className="list-forms">
      <MergeForm options={options} pick={pick} />
      <SplitForm options={options} pick={pick} />
      <AddForm />
    </div>
  )
}

interface ChoiceProps {
  /** An `<option>` per list. */
  options: ReactNode
  /** The id if it names a list shown, else '' (a list merged away in the meantime). */
  pick: (id: string) => string
}

function MergeForm({ options, pick }: ChoiceProps) {
  const { t } = useT('whatif')
  const merge = useScenarioStore((s) => s.mergeLists)
  const [first, setFirst] = useState('')
  const [second, setSecond] = useState('')
  const [name, setName] = useState('')
  const a = pick(first)
  const b = pick(second)
  return (
    <form
      aria-labelledby="merge-legend"
      onSubmit={submit(() => {
        merge(a, b, name)
        setFirst('')
        setSecond('')
        setName('')
      })}
    >
      <fieldset>
        <legend id="merge-legend">{t('merge.legend')}</legend>
        <label>
          <span>{t('merge.first')}</span>
          <select value={a} onChange={(e) => setFirst(e.target.value)}>
            <option value="">{t('form.choose')}</option>
            {options}
          </select>
        </label>
        <label>
          <span>{t('merge.second')}</span>
          <select value={b} onChange={(e) => setSecond(e.target.value)}>
            <option value="">{t('form.choose')}</option>
            {options}
          </select>
        </label>
        <NameField label={t('merge.name')} value={name} onChange={setName} />
        <button type="submit" disabled={!a || !b || a === b}>
          {t('merge.submit')}
        </button>
      </fieldset>
    </form>
  )
}

function SplitForm({ options, pick }: ChoiceProps) {
  const { t } = useT('whatif')
  const split = useScenarioStore((s) => s.splitList)
  const [listId, setListId] = useState('')
  const [seats, setSeats] = useState('1')
  const [name, setName] = useState('')
  const from = pick(listId)
  const n = typedSeats(seats)
  return (
    <form
      aria-labelledby="split-legend"
      onSubmit={submit(() => {
        split(from, n ?? 0, name)
        setName('')
      })}
    >
      <fieldset>
        <legend id="split-legend">{t('split.legend')}</legend>
        <label>
          <span>{t('split.list')}</span>
          <select value={from} onChange={(e) => setListId(e.target.value)}>
            <option value="">{t('form.choose')}</option>
            {options}
          </select>
        </label>
        <SeatsField label={t('split.seats')} value={seats} onChange={setSeats} />
        <NameField label={t('split.name')} value={name} onChange={setName} />
        <button type="submit" disabled={!from || n === null}>
          {t('split.submit')}
        </button>
      </fieldset>
    </form>
  )
}

function AddForm() {
  const { t } = useT('whatif')
  const add = useScenarioStore((s) => s.addList)
  const [name, setName] = useState('')
  const [seats, setSeats] = useState('1')
  const n = typedSeats(seats)
  return (
    <form
      aria-labelledby="add-legend"
      onSubmit={submit(() => {
        add(name, n ?? 0)
        setName('')
      })}
    >
      <fieldset>
        <legend id="add-legend">{t('add.legend')}</legend>
        <NameField label={t('add.name')} value={name} onChange={setName} />
        <SeatsField label={t('add.seats')} value={seats} onChange={setSeats} />
        <button type="submit" disabled={n === null}>
          {t('add.submit')}
        </button>
      </fieldset>
    </form>
  )
}

interface FieldProps {
  label: string
  value: string
  onChange: (value: string) => void
}

function NameField({ label, value, onChange }: FieldProps) {
  return (
    <label>
      <span>{label}</span>
      <input
        type="text"
        value={value}
        maxLength={MAX_LIST_NAME_LENGTH}
        onChange={(e) => onChange(e.target.value)}
        dir="auto"
      />
    </label>
  )
}

function SeatsField({ label, value, onChange }: FieldProps) {
  return (
    <label>
      <span>{label}</span>
      <input
        type="number"
        min={0}
        max={MAX_LIST_SEATS}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </label>
  )
}
