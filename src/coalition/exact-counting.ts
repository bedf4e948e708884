/**
 * Exact subset counting with plain doubles. The counting dynamic programs of power.ts and
 * minimal-winning-count.ts only add and subtract whole numbers, so they can run on Float64Arrays:
 * exactly when every count stays below 2^52, and otherwise once per large prime with the counts
 * rebuilt by the Chinese remainder theorem. That keeps the inner loops on typed arrays (tens of
 * times faster than BigInt) while every result stays exact.
 */

/**
 * Counting modulo 2^52 changes nothing for counts below 2^52, and keeps every intermediate sum or
 * difference of two residues within ±2^53, where doubles hold whole numbers exactly.
 */
const NO_REDUCTION = 2 ** 52

/** Primes just below 2^52, found once and kept. */
const primeCache: number[] = []

/**
 * The moduli to count with when every count is below 2^bits: 2^52 alone when bits ≤ 52 (one
 * exact pass), otherwise distinct primes just below 2^52 whose product exceeds 2^bits. Residues
 * are below 2^52, so a sum or difference of two stays exact in a double.
 *
 * @example countingModuli(37) // [2 ** 52]: one exact pass
 * @example countingModuli(200).length // 4: four primes of 52 bits cover 200 bits
 */
export function countingModuli(bits: number): readonly number[] {
  if (bits <= 52) return [NO_REDUCTION]
  // Each prime is above 2^51, so ceil(bits / 51) of them have a product above 2^bits.
  const needed = Math.ceil(bits / 51)
  while (primeCache.length < needed) primeCache.push(previousPrime(primeCache.at(-1) ?? 2 ** 52))
  return primeCache.slice(0, needed)
}

/**
 * Adds two residues modulo p (both below p). Branch-free: residues are effectively random, so a
 * branch here is mispredicted half the time and costs more than the multiplication.
 */
export function addMod(a: number, b: number, p: number): number {
  const v = a + b
  return v - p * +(v >= p)
}

/**
 * Rebuilds a whole number from its residues modulo `moduli` (Garner's algorithm). With the single
 * modulus 2^52 the residue is the number itself.
 *
 * @example fromResidues([5], [2 ** 52]) // 5n
 */
export function fromResidues(residues: ArrayLike<number>, moduli: readonly number[]): bigint {
  if (moduli.length === 1) return BigInt(residues[0] ?? 0)
  const { primes, products, inverses } = garnerConstants(moduli)
  let x = BigInt(residues[0] ?? 0)
  for (let j = 1; j < primes.length; j++) {
    const p = primes[j]!
    const t = (((BigInt(residues[j] ?? 0) - (x % p) + p) % p) * inverses[j]!) % p
    if (t) x += t * products[j]!
  }
  return x
}

interface GarnerConstants {
  moduli: readonly number[]
  primes: bigint[]
  /** products[j] = p0 · … · p(j−1). */
  products: bigint[]
  /** inverses[j] = products[j]^−1 mod pj. */
  inverses: bigint[]
}
const garnerCache: GarnerConstants[] = []

/** Constants for Garner's algorithm with the first moduli.length cached primes. */
function garnerConstants(moduli: readonly number[]): GarnerConstants {
  const cached = garnerCache[moduli.length]
  if (cached && moduli.every((p, j) => p === cached.moduli[j])) return cached
  const primes = moduli.map(BigInt)
  const products = [1n]
  const inverses = [1n]
  for (let j = 1; j < primes.length; j++) {
    const p = primes[j]!
    products.push(products[j - 1]! * primes[j - 1]!)
    inverses.push(modPow(products[j]! % p, p - 2n, p))
  }
  const constants = { moduli: [...moduli], primes, products, inverses }
  garnerCache[moduli.length] = constants
  return constants
}

function modPow(base: bigint, exponent: bigint, modulus: bigint): bigint {
  let result = 1n
  let b = base % modulus
  let e = exponent
  while (e > 0n) {
    if (e & 1n) result = (result * b) % modulus
    b = (b * b) % modulus
    e >>= 1n
  }
  return result
}

const SMALL_PRIMES = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]

/**
 * Deterministic Miller–Rabin: the first twelve primes as bases decide every n below 3.3 · 10^24,
 * far above 2^53.
 */
export function isPrime(n: number): boolean {
  if (!Number.isSafeInteger(n) || n < 2) return false
  for (const p of SMALL_PRIMES) if (n % p === 0) return n === p
  const big = BigInt(n)
  let d = big - 1n
  let r = 0
  while ((d & 1n) === 0n) {
    d >>= 1n
    r++
  }
  witness: for (const a of SMALL_PRIMES) {
    let x = modPow(BigInt(a), d, big)
    if (x === 1n || x === big - 1n) continue
    for (let i = 1; i < r; i++) {
      x = (x * x) % big
      if (x === big - 1n) continue witness
    }
    return false
  }
  return true
}

function previousPrime(below: number): number {
  let n = below - 1
  if (n % 2 === 0) n--
  while (!isPrime(n)) n -= 2
  return n
}
