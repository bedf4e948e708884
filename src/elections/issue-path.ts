/**
 * A schema issue's path as people write it: `parties[3].seats.may2018`, or `(root)`.
 *
 * @example formatIssuePath(['parties', 3, 'seats', 'may2018']) // 'parties[3].seats.may2018'
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(root)'
  return path
    .map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`))
    .join('')
}
