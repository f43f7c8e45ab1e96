/** Small checks that stored and received shapes are built from; each shape's type is derived with `Checked`. */
export type Check<T> = (value: unknown) => value is T;
export type Checked<C> = C extends Check<infer T> ? T : never;

/** A plain object read from storage, a message or a file, before its fields are checked. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

export function isInteger(value: unknown): value is number {
  return Number.isInteger(value);
}

/** A whole number of things, never negative. */
export function isCount(value: unknown): value is number {
  return isInteger(value) && (value as number) >= 0;
}

/** A finite number within `min` and `max`, inclusive. */
export function inRange(min: number, max: number, whole = false): Check<number> {
  return (value): value is number =>
    (whole ? isInteger(value) : isFiniteNumber(value)) && (value as number) >= min && (value as number) <= max;
}

export function nullable<T>(check: Check<T>): Check<T | null> {
  return (value): value is T | null => value === null || check(value);
}

export function oneOf<const T extends readonly unknown[]>(values: T): Check<T[number]> {
  return (value): value is T[number] => values.includes(value);
}

export function arrayOf<T>(check: Check<T>): Check<T[]> {
  return (value): value is T[] => Array.isArray(value) && value.every(check);
}

/** An object with at least these fields, each passing its check. */
export function record<S extends Record<string, Check<unknown>>>(shape: S): Check<{ [K in keyof S]: Checked<S[K]> }> {
  const fields = Object.entries(shape);
  return (value): value is { [K in keyof S]: Checked<S[K]> } =>
    isRecord(value) && fields.every(([key, check]) => check(value[key]));
}

/** An object whose every key passes `isKey` and every value passes `check`. */
export function keyedBy<K extends string, T>(
  isKey: (key: string) => key is K,
  check: Check<T>,
): Check<Partial<Record<K, T>>> {
  return (value): value is Partial<Record<K, T>> =>
    isRecord(value) && Object.entries(value).every(([key, item]) => isKey(key) && check(item));
}

/** Text from outside cut to `max` characters, so a message about it never repeats a whole flood. */
export function shorten(text: string, max = 40): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
