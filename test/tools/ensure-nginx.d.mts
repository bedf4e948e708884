/** The nginx binary, or undefined. */
export function findNginx(): string | undefined
/** Finds nginx, installing Debian's package where that is possible; undefined if neither. */
export function ensureNginx(): string | undefined
