/** Numbers and durations as the reader writes them; no number reaches text any other way. */
import { displayLocale } from './locale';

export function formatNumber(value: number): string {
  return new Intl.NumberFormat(displayLocale()).format(value);
}

type Width = 'long' | 'short';

function formatUnit(value: number, unit: 'second' | 'minute' | 'hour', width: Width): string {
  return new Intl.NumberFormat(displayLocale(), { style: 'unit', unit, unitDisplay: width }).format(value);
}

/** "30 minutes", "1 hour": whole hours read as hours. */
export function formatMinutes(minutes: number, width: Width = 'long'): string {
  return minutes >= 60 && minutes % 60 === 0
    ? formatUnit(minutes / 60, 'hour', width)
    : formatUnit(minutes, 'minute', width);
}

export function formatSeconds(seconds: number, width: Width = 'long'): string {
  return formatUnit(seconds, 'second', width);
}
