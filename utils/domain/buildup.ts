/**
 * Gentle build-up of the sitting time: people start with about 30 minutes and sit longer as
 * their balance improves. After several finished blocks in a row at the current length, the
 * product suggests five more minutes, up to an hour; it never changes the length by itself.
 */
import { storage } from '#imports';
import type { Effect } from './machine';
import { MINUTE } from './session';

export interface BlockRun {
  /** The block length the run was made at. */
  minutes: number;
  /** Blocks of that length finished in a row. */
  inARow: number;
}

export const BLOCKS_BEFORE_LONGER = 5;
export const LONGER_BY_MINUTES = 5;
/** Suggestions stop here; anyone may still choose a longer block in the settings. */
export const LONGEST_SUGGESTED_MINUTES = 60;

const NO_RUN: BlockRun = { minutes: 0, inARow: 0 };

export const blockRunItem = storage.defineItem<BlockRun>('local:blockRun', { fallback: NO_RUN });

function isBlockRun(value: unknown): value is BlockRun {
  if (typeof value !== 'object' || value === null) return false;
  const run = value as Record<string, unknown>;
  return [run.minutes, run.inARow].every((n) => Number.isInteger(n) && (n as number) >= 0);
}

export async function loadBlockRun(): Promise<BlockRun> {
  const stored: unknown = await blockRunItem.getValue();
  return isBlockRun(stored) ? stored : NO_RUN;
}

/**
 * The run after a block ended. A block ended early breaks the run; a finished block of
 * another length (five more minutes, or a block started before the length was changed)
 * neither counts nor breaks it. A new block length starts a new run.
 */
export function afterBlock(
  run: BlockRun,
  ended: 'completed' | 'early',
  satMinutes: number,
  blockMinutes: number,
): BlockRun {
  const current = run.minutes === blockMinutes ? run : { minutes: blockMinutes, inARow: 0 };
  if (ended === 'early') return { minutes: blockMinutes, inARow: 0 };
  if (satMinutes !== blockMinutes) return current;
  return { minutes: blockMinutes, inARow: current.inARow + 1 };
}

/** The longer block to suggest, or `null` while it is not yet time (or already long enough). */
export function suggestedMinutes(run: BlockRun, blockMinutes: number): number | null {
  if (run.minutes !== blockMinutes || run.inARow < BLOCKS_BEFORE_LONGER) return null;
  if (blockMinutes >= LONGEST_SUGGESTED_MINUTES) return null;
  return Math.min(LONGEST_SUGGESTED_MINUTES, blockMinutes + LONGER_BY_MINUTES);
}

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
