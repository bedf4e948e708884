import { type ChangeEvent, useId, useState } from 'react'
import { loadElectionLocale } from '../../elections/catalog'
import { CUSTOM_PARLIAMENT_ID } from '../../elections/own-parliament'
import { MAX_LISTS } from '../../elections/parliament-edits'
import type { ImportIssue } from '../../elections/import-parliament'
import { CSV_COLUMNS, MAX_IMPORT_BYTES } from '../../elections/parliament-file-format'
import { importIssueText } from '../../i18n/problem-text'
import { useT } from '../../i18n/use-t'
import { selectParliament, useScenarioStore } from '../../scenario/scenario-store'
import { useChamber, useElection, useSeats } from '../../scenario/selectors'
import { useKeptParliamentStatus } from '../../scenario/kept-parliaments'
import { fitsInLink } from '../../scenario/url-parliament'

/** Files this much larger than the import limit are refused without reading them. */
const UNREAD_FACTOR = 50

type Outcome =
  | { kind: 'imported'; file: string; lists: number; seats: number; warnings: ImportIssue[] }
  | { kind: 'refused'; file: string; errors: ImportIssue[] }

/** Reads a chosen file's bytes (File.arrayBuffer where the browser has it). */
function readBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === 'function') {
    return file.arrayBuffer().then((buffer) => new Uint8Array(buffer))
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer))
    reader.onerror = () => reject(reader.error)
    reader.readAsArrayBuffer(file)
  })
}

/** Offers text as a file download through a temporary link to a Blob. */
function download(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked after the click has been handled, not before the download starts.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

/**
 * A parliament of one's own: import one from CSV or JSON, start a blank one, and export what is
 * shown. A refused file changes nothing and says why, row by row; an import can be undone.
 */
export function ParliamentFilePanel() {
  const { t, num } = useT('whatif')
  const loadParliament = useScenarioStore((s) => s.loadParliament)
  const startBlank = useScenarioStore((s) => s.startBlankParliament)
  const coalitions = useScenarioStore((s) => s.coalitions)
  const chamberMode = useScenarioStore((s) => s.chamberMode)
  const parliament = useElection()
  const seats = useSeats()
  const chamber = useChamber()
  const cannotKeep = useKeptParliamentStatus((s) => s.cannotKeep)
  const own = useScenarioStore((s) =>
    s.electionId === CUSTOM_PARLIAMENT_ID ? s.customParliament : null,
  )
  const [outcome, setOutcome] = useState<Outcome | null>(null)
  const inputId = useId()
  const helpId = useId()

  async function onFile(event: ChangeEvent<HTMLInputElement>) {
    const input = event.currentTarget
    const file = input.files?.[0]
    input.value = '' // So choosing the same file again imports it again.
    if (!file) return
    if (file.size > MAX_IMPORT_BYTES * UNREAD_FACTOR) {
      const values = { size: file.size, max: MAX_IMPORT_BYTES }
      const tooLarge: ImportIssue = {
        row: 0,
        field: 'file',
        code: 'too-large',
        values,
      }
      setOutcome({ kind: 'refused', file: file.name, errors: [tooLarge] })
      return
    }
    let bytes: Uint8Array
    try {
      bytes = await readBytes(file)
    } catch {
      const unreadable: ImportIssue = {
        row: 0,
        field: 'file',
        code: 'empty-file',
        values: {},
      }
      setOutcome({ kind: 'refused', file: file.name, errors: [unreadable] })
      return
    }
    // The parser (papaparse, zod) loads on the first import, not with the page.
    const { importParliament } = await import('../../elections/import-parliament')
    const result = importParliament(bytes, { fileName: file.name })
    if (!result.ok) {
      setOutcome({ kind: 'refused', file: file.name, errors: result.errors })
      return
    }
    loadParliament(result.election, result.scenario)
    setOutcome({
      kind: 'imported',
      file: file.name,
      lists: result.election.parties.length,
      seats: result.election.chamberSize,
      warnings: result.warnings,
    })
  }

  async function onExport(format: 'csv' | 'json') {
    if (!parliament) return
    const { exportCsv, exportFileName, exportJson } =
      await import('../../elections/export-parliament')
    // The file gives each list's Arabic short name, which loads with the Arabic page; without it
    // (offline, say) the full Arabic name is written.
    await loadElectionLocale('ar').catch(() => {})
    const input = {
      parliament: selectParliament(useScenarioStore.getState()) ?? parliament,
      seats,
      coalitions,
      chamberMode,
      chamberSize: chamber.totalSeats,
    }
    const fileName = exportFileName(parliament.title, format)
    if (format === 'csv') download(exportCsv(input), fileName, 'text/csv;charset=utf-8')
    else download(exportJson(input), fileName, 'application/json')
  }

  return (
    <div className="parliament-file">
      <h3>{t('file.heading')}</h3>
      <p className="hint" id={helpId}>
        {t('file.help', { columns: CSV_COLUMNS.join(', ') })}
      </p>
      <div className="file-actions">
        <label htmlFor={inputId} className="file-label">
          {t('file.import')}
        </label>
        <input
          id={inputId}
          type="file"
          accept=".csv,.tsv,.txt,.json,text/csv,text/plain,application/json"
          onChange={(e) => void onFile(e)}
          aria-describedby={helpId}
        />
        <button
          type="button"
          onClick={() => {
            startBlank(t('file.blankTitle'))
            setOutcome(null)
          }}
        >
          {t('file.blank')}
        </button>
        <button type="button" onClick={() => void onExport('csv')} disabled={!parliament}>
          {t('file.exportCsv')}
        </button>
        <button type="button" onClick={() => void onExport('json')} disabled={!parliament}>
          {t('file.exportJson')}
        </button>
      </div>
      {own && !fitsInLink(own) && (
        <p className="link-needs-file">
          {t(cannotKeep ? 'file.tooLargeNotKept' : 'file.tooLargeForLink', {
            lists: own.parties.length,
          })}{' '}
          <button type="button" onClick={() => void onExport('json')}>
            {t('file.downloadForLink')}
          </button>
        </p>
      )}
      {outcome?.kind === 'refused' && (
        <div className="import-errors" role="alert">
          <p>
            <strong>{t('file.refused', { file: outcome.file })}</strong>
          </p>
          <ul>
            {outcome.errors.slice(0, 20).map((issue, i) => (
              <li key={i} dir="auto">
                {importIssueText(t, issue)}
              </li>
            ))}
          </ul>
          {outcome.errors.length > 20 && (
            <p>{t('file.moreIssues', { count: outcome.errors.length - 20 })}</p>
          )}
        </div>
      )}
      {outcome?.kind === 'imported' && (
        <div className="import-done" role="status">
          <p>
            {t('file.imported', {
              file: outcome.file,
              lists: t('file.listCount', { count: outcome.lists }),
              seats: t('file.seatCount', { count: outcome.seats }),
            })}
          </p>
          {outcome.warnings.length > 0 && (
            <ul>
              {outcome.warnings.map((issue, i) => (
                <li key={i} dir="auto">
                  {importIssueText(t, issue)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <p className="hint">
        {t('file.limits', { lists: num(MAX_LISTS), bytes: num(MAX_IMPORT_BYTES) })}
      </p>
    </div>
  )
}
