/** Keeps the run of finished blocks that the build-up suggestion counts (`utils/domain/buildup.ts`). */

import { afterBlock } from '@/utils/domain/buildup';
import type { Effect } from '@/utils/domain/machine';
import { MINUTE } from '@/utils/domain/session';
import { blockRunItem } from '@/utils/storage/items';
import { loadBlockRun } from '@/utils/storage/read';

/** Called by the background with the effects of one event; only blocks that ended count. */
export async function recordBlockEnds(effects: Effect[], blockMinutes: number): Promise<void> {
  const ends = effects.flatMap((e) => (e.type === 'sat' && e.ended !== null ? [{ ...e, ended: e.ended }] : []));
  if (ends.length === 0) return;
  let run = await loadBlockRun();
  for (const end of ends) {
    // A finished block always lasts its full length, so its sitting time names its length.
    run = afterBlock(run, end.ended, Math.round((end.to - end.from) / MINUTE), blockMinutes);
  }
  await blockRunItem.setValue(run);
}
