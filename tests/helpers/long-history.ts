/** The longest history the background keeps, every day active, as for someone using it for years. */
import { EXERCISE_IDS } from '@/utils/domain/exercise-ids';
import { dayKey, emptyDay, type History, KEEP_DAYS, longestHold } from '@/utils/domain/history';

export function longHistory(now = Date.now()): History {
  const history: History = {};
  const day = new Date(now);
  for (let n = 0; n < KEEP_DAYS; n++, day.setDate(day.getDate() - 1)) {
    history[dayKey(day.getTime())] = {
      ...emptyDay(),
      satSeconds: 3 * 3600 + (n % 7) * 600,
      blocksCompleted: 5,
      blocksEndedEarly: n % 3,
      postureAnswered: 12,
      postureIgnored: n % 4,
      breaksCompleted: 4,
      exercises: Object.fromEntries(
        EXERCISE_IDS.map((id, i) => [id, { sets: 2 + i, bestHold: Math.min(longestHold(id), 20 + (n % 20)) }]),
      ),
    };
  }
  return history;
}
