// Key → set-of-values maps, as the resolve stages index names, surnames and places.

/** Adds `value` to the set kept under `key`, creating the set on first use. */
export function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}
