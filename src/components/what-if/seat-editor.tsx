import { memo, useState } from 'react'
import { MAX_LIST_NAME_LENGTH, MAX_LIST_SEATS } from '../../elections/parliament-edits'
import type { Party } from '../../elections/types'
import { partyShortName } from '../../i18n/names'
import { useT } from '../../i18n/use-t'
import { useScenarioStore } from '../../scenario/scenario-store'
import { type ListRow, useListOpsSummary, useListRows } from '../../scenario/selectors'
import { ListForms } from './list-forms'
import { typedSeats } from './typed-seats'

/**
 * Every list's seats, name, colour and non-voting seats, edited in place and marked against the
 * source figures; then merging, splitting and adding lists. The store holds only the edits; the
 * totals, verdicts and charts everywhere else follow from them.
 */
export function SeatEditor({ initiallyOpen = false }: { initiallyOpen?: boolean }) {
  const { t, locale } = useT('whatif')
  const rows = useListRows()
  const resetEdits = useScenarioStore((s) => s.resetEdits)
  const hasEdits = useScenarioStore(
    (s) =>
      s.listOps.length > 0 ||
      Object.keys(s.listEdits).length > 0 ||
      Object.keys(s.seatEdits).length > 0,
  )
  const opsSummary = useListOpsSummary().filter((op) => op.kind !== 'add')
  const nameOf = (party: Party) => partyShortName(party, locale).text
  const edited = rows.filter((r) => r.isEdited || r.source === null)
  const [open, setOpen] = useState(initiallyOpen)

  return (
    <div className="seat-editor">
      <h3 id="seat-editor-heading">{t('editor.heading')}</h3>
      <div className="edits-summary">
        <h4 id="edits-heading">{t('editor.edits')}</h4>
        {edited.length === 0 && opsSummary.length === 0 ? (
          <p className="hint">{t('editor.noEdits')}</p>
        ) : (
          <ul aria-labelledby="edits-heading" className="edit-marks">
            {opsSummary.map((op, i) => (
              <li key={`op-${i}`}>
                {op.kind === 'merge'
                  ? t('editor.merged', { name: op.name, first: op.parts[0], second: op.parts[1] })
                  : t('editor.removed', { name: op.name })}
              </li>
            ))}
            {edited.map((r) => (
              <li key={r.party.id}>
                {r.source === null
                  ? t('editor.editedNew', { name: nameOf(r.party), seats: r.seats })
                  : t('editor.edited', { name: nameOf(r.party), seats: r.seats, source: r.source })}
              </li>
            ))}
          </ul>
        )}
        <button type="button" onClick={resetEdits} disabled={!hasEdits}>
          {t('editor.resetAll')}
        </button>
      </div>
      {rows.length === 0 ? (
        <p className="hint">{t('editor.empty')}</p>
      ) : (
        // The table (eight controls per list) is built only while open, so the page stays light.
        <details
          className="seat-table-details"
          open={open}
          onToggle={(e) => setOpen(e.currentTarget.open)}
        >
          <summary>{t('editor.show', { count: rows.length })}</summary>
          {open && (
            <div className="table-scroll">
              <table className="seat-table" aria-labelledby="seat-editor-heading">
                <thead>
                  <tr>
                    <th scope="col">{t('editor.colour')}</th>
                    <th scope="col">{t('editor.list')}</th>
                    <th scope="col">{t('editor.seats')}</th>
                    <th scope="col">{t('editor.source')}</th>
                    <th scope="col">{t('editor.nonVoting')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('editor.actions')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((row) => (
                    <ListEditorRow key={row.party.id} row={row} name={nameOf(row.party)} />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </details>
      )}
      <ListForms rows={rows} nameOf={nameOf} />
    </div>
  )
}

/** Rows re-render only when what they show changes (rows are rebuilt on every edit). */
const ListEditorRow = memo(ListEditorRowView, (a, b) => {
  const x = a.row
  const y = b.row
  return (
    a.name === b.name &&
    x.party === y.party &&
    x.seats === y.seats &&
    x.source === y.source &&
    x.isEdited === y.isEdited &&
    x.isRestyled === y.isRestyled
  )
})

function ListEditorRowView({ row, name }: { row: ListRow; name: string }) {
  const { t, num } = useT('whatif')
  const { party, seats, source, isEdited, isRestyled } = row
  const typedName = useScenarioStore((s) =>
    Object.hasOwn(s.listEdits, party.id) ? s.listEdits[party.id]?.name : undefined,
  )
  const setSeats = useScenarioStore((s) => s.setPartySeats)
  const rename = useScenarioStore((s) => s.renameList)
  const recolor = useScenarioStore((s) => s.recolorList)
  const setNonVoting = useScenarioStore((s) => s.setNonVoting)
  const resetList = useScenarioStore((s) => s.resetList)
  const remove = useScenarioStore((s) => s.removeList)
  // Text being typed into the seat field, until it leaves the field (so it can be emptied first).
  const [draft, setDraft] = useState<string | null>(null)
  const nonVoting = party.nonVoting ?? 0

  return (
    <tr className={isEdited ? 'is-edited' : undefined}>
      <td>
        <input
          type="color"
          className="colour-input"
          value={party.color}
          onChange={(e) => recolor(party.id, e.target.value)}
          aria-label={t('editor.colourOf', { name })}
        />
      </td>
      <td>
        <input
          type="text"
          className="name-input"
          value={typedName ?? name}
          maxLength={MAX_LIST_NAME_LENGTH}
          onChange={(e) => rename(party.id, e.target.value)}
          aria-label={t('editor.nameOf', { name })}
          dir="auto"
        />
      </td>
      <td>
        <div className="stepper">
          <button
            type="button"
            className="icon-button"
            onClick={() => setSeats(party.id, seats - 1)}
            disabled={seats <= 0}
            aria-label={t('editor.fewer', { name })}
          >
            −
          </button>
          <input
            type="number"
            className="seat-input"
            min={0}
            max={MAX_LIST_SEATS}
            step={1}
            value={draft ?? String(seats)}
            onChange={(e) => {
              setDraft(e.target.value)
              const n = typedSeats(e.target.value)
              if (n !== null) setSeats(party.id, n)
            }}
            onBlur={() => setDraft(null)}
            aria-label={t('editor.seatsOf', { name })}
          />
          <button
            type="button"
            className="icon-button"
            onClick={() => setSeats(party.id, seats + 1)}
            disabled={seats >= MAX_LIST_SEATS}
            aria-label={t('editor.more', { name })}
          >
            +
          </button>
        </div>
      </td>
      <td className="source-cell">
        {source === null ? (
          <span className="badge">{t('editor.newList')}</span>
        ) : isEdited ? (
          <span className="edit-mark">{t('editor.sourceFigure', { source })}</span>
        ) : (
          <span className="muted">{num(source)}</span>
        )}
      </td>
      <td>
        <input
          type="number"
          className="seat-input small"
          min={0}
          max={seats}
          step={1}
          value={nonVoting}
          onChange={(e) => {
            const n = typedSeats(e.target.value)
            if (n !== null) setNonVoting(party.id, n)
          }}
          aria-label={t('editor.nonVotingOf', { name })}
        />
      </td>
      <td>
        <div className="row-actions">
          {(isEdited || isRestyled || nonVoting > 0) && source !== null && (
            <button
              type="button"
              onClick={() => resetList(party.id)}
              aria-label={t('editor.resetList', { name })}
            >
              {t('editor.reset')}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            onClick={() => remove(party.id)}
            aria-label={t('editor.removeList', { name })}
          >
            ×
          </button>
        </div>
      </td>
    </tr>
  )
}
