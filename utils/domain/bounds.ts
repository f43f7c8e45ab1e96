/** How deep and how big data from outside may be before anything walks it. */

/** Deeper than a backup's settings or history, or bigger than years of days: none of ours. */
export const MESSAGE_DEPTH = 5;
export const MESSAGE_ENTRIES = 60_000;

/**
 * Whether a value received from outside stays within `depth` levels of nesting and holds no
 * more than `entries` keys and items in all: deeper or bigger data is none of ours, and is
 * refused before anything walks it.
 */
export function isBounded(value: unknown, depth: number, entries: number): boolean {
  let left = entries;
  const walk = (item: unknown, level: number): boolean => {
    if (typeof item !== 'object' || item === null) return true;
    if (level >= depth) return false;
    const children = Object.values(item);
    left -= children.length;
    return left >= 0 && children.every((child) => walk(child, level + 1));
  };
  return walk(value, 0);
}
