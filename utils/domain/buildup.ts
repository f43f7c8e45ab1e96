/**
 * Gentle build-up of the sitting time: people start with about 30 minutes and sit longer as
 * their balance improves. After several finished blocks in a row at the current length, the
 * product suggests five more minutes, up to an hour; it never changes the length by itself.
 */
import { type Checked, isCount, record } from './checks';

export const isBlockRun = /* @__PURE__ */ record({
  /** The block length the run was made at. */
  minutes: isCount,
  /** Blocks of that length finished in a row. */
  inARow: isCount,
});
export type BlockRun = Checked<typeof isBlockRun>;

export const BLOCKS_BEFORE_LONGER = 5;
export const LONGER_BY_MINUTES = 5;
/** Suggestions stop here; anyone may still choose a longer block in the settings. */
export const LONGEST_SUGGESTED_MINUTES = 60;

export const NO_RUN: BlockRun = { minutes: 0, inARow: 0 };

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
