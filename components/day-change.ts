/**
 * Tells a page that stays open when the local day has turned, so "today" moves on with it: at
 * midnight, or when the page is shown again after the computer slept through it, whose timers
 * stood still meanwhile.
 */
import { dayKey, startOfNextDay } from '@/utils/domain/history';

export function watchDayChange(onChange: () => void): () => void {
  let day = dayKey(Date.now());
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    const now = Date.now();
    if (dayKey(now) !== day) {
      day = dayKey(now);
      onChange();
    }
    clearTimeout(timer);
    timer = setTimeout(check, startOfNextDay(now) - now);
  };
  check();
  document.addEventListener('visibilitychange', check);
  return () => {
    clearTimeout(timer);
    document.removeEventListener('visibilitychange', check);
  };
}
