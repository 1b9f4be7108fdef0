// 32-bit hashing of strings and integer combinations for feature ids.

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

// Hashes are signed 32-bit integers: they stay small integers in V8 (no heap numbers in hot loops).

/** FNV-1a hash of a string (UTF-16 code units). */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h | 0;
}

/** Combines a running hash with one more integer (order-sensitive), murmur3-style finalized. */
export function mix(h: number, v: number): number {
  let x = Math.imul(h, 0x9e3779b1) ^ v;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x | 0;
}

/** Feature id of template `t` with one value. */
export function feat1(t: number, a: number): number {
  return mix(t + 1, a);
}

/** Feature id of template `t` with two values. */
export function feat2(t: number, a: number, b: number): number {
  return mix(mix(t + 1, a), b);
}

/** Feature id of template `t` with three values. */
export function feat3(t: number, a: number, b: number, c: number): number {
  return mix(mix(mix(t + 1, a), b), c);
}
