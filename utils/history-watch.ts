/** Tells a page whenever a day of the history changes; pages load it after their first frame. */
import { browser } from '#imports';
import { dayItemKey } from './history-days';

/** Keys as `storage.local` names them, without the area. */
const DAY_KEY_START = dayItemKey('').slice('local:'.length);

export function watchHistory(onChange: () => void): () => void {
  const listener = (changes: Record<string, unknown>) => {
    if (Object.keys(changes).some((key) => key.startsWith(DAY_KEY_START))) onChange();
  };
  browser.storage.local.onChanged.addListener(listener);
  return () => browser.storage.local.onChanged.removeListener(listener);
}
