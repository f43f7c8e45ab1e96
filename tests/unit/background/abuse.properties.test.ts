/**
 * Hostile and random values thrown at every way data comes in: stored history and sessions on
 * read, backups, and commands to the worker. Each input is counted as refused (turned away with
 * a reason) or survived (taken, with only what can be true kept); `lost` counts real days that
 * went missing and must stay 0. The figures are printed at the end.
 */
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/utils/background/handlers';
import { makeBackup, parseBackup } from '@/utils/domain/backup';
import { isRecord } from '@/utils/domain/checks';
import { CUSTOM_LIMITS, isCustomExercise } from '@/utils/domain/custom-exercise';
import { DAY_SECONDS, dayKey, emptyDay, type History, isDayKey } from '@/utils/domain/history';
import { checkDay, checkHistory } from '@/utils/domain/history-checks';
import { step } from '@/utils/domain/machine';
import { isPossibleSession, isSession, MINUTE } from '@/utils/domain/session';
import { DEFAULT_SETTINGS } from '@/utils/domain/settings';
import { historyItem, sessionItem } from '@/utils/storage/items';
import { sessionFrom } from '@/utils/storage/stored-values';

const NOW = new Date(2026, 10, 23, 10, 0, 0).getTime();
const TODAY = dayKey(NOW);
const SEED = 20_261_123;

const tally = { tried: 0, refused: 0, survived: 0, lost: 0 };

afterAll(() => {
  console.info(
    `Abuse suite: ${tally.tried} inputs tried, ${tally.refused} refused, ${tally.survived} survived, ${tally.lost} lost.`,
  );
  expect(tally.lost).toBe(0);
  expect(tally.refused + tally.survived).toBe(tally.tried);
});

/** Numbers and not-numbers a hand edit, an old version or an attacker could store. */
const hostileNumber = fc.oneof(
  fc.integer({ min: -10, max: 100_000 }),
  fc.double(),
  fc.constantFrom(1e15, 1e300, -1, -0, Number.NaN, Number.POSITIVE_INFINITY, Number.MAX_SAFE_INTEGER, 86_401),
  fc.constantFrom('3', null, undefined, true, {}, []),
);

const hostileKey = fc.oneof(
  fc.constantFrom('2026-02-30', '9999-99-99', '2026-13-01', '2026-11-24', '2099-01-01', '__proto__', 'constructor'),
  fc
    .date({ min: new Date(2023, 0, 1), max: new Date(2027, 0, 1), noInvalidDate: true })
    .map((d) => dayKey(d.getTime())),
  fc.string({ maxLength: 12 }),
);

const hostileDay = fc.oneof(
  fc.record({
    satSeconds: hostileNumber,
    blocksCompleted: hostileNumber,
    blocksEndedEarly: hostileNumber,
    postureAnswered: hostileNumber,
    postureIgnored: hostileNumber,
    breaksCompleted: hostileNumber,
    exercises: fc.oneof(
      fc.dictionary(
        fc.constantFrom('plank', 'rotation', 'child-pose', 'wall-squat', 'jump'),
        fc.record({ sets: hostileNumber, bestHold: hostileNumber }),
      ),
      fc.anything(),
    ),
    extra: fc.anything(),
  }),
  fc.record({ ...Object.fromEntries(Object.entries(emptyDay()).map(([k, v]) => [k, fc.constant(v)])) }),
  fc.anything(),
);

const hostileHistory = fc.dictionary(hostileKey, hostileDay, { maxKeys: 12 });

const KNOWN_FIELDS = Object.keys(emptyDay()).sort();

/** Whether a kept day is one that can be true by NOW, holding only the fields we know. */
function trueDay(key: string, day: unknown): boolean {
  const checked = checkDay(day);
  return (
    isDayKey(key) &&
    key <= TODAY &&
    checked !== null &&
    JSON.stringify(checked) === JSON.stringify(day) &&
    JSON.stringify(Object.keys(day as object).sort()) === JSON.stringify(KNOWN_FIELDS)
  );
}

describe('readers keep only what can be true', () => {
  it('a stored or received history', () => {
    fc.assert(
      fc.property(hostileHistory, (stored) => {
        const { history, skipped } = checkHistory(stored, NOW);
        const entries = Object.keys(stored).length;
        tally.tried += entries;
        tally.refused += skipped.length;
        tally.survived += Object.keys(history).length;
        expect(Object.keys(history).length + skipped.length).toBe(entries);
        for (const [key, day] of Object.entries(history)) expect(trueDay(key, day)).toBe(true);
        expect(skipped.every((name) => name.length <= 12)).toBe(true);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('a stored session, closed without inventing minutes when it cannot be true', () => {
    const time = fc.oneof(
      fc.integer({ min: NOW - 400 * 24 * 60 * MINUTE, max: NOW + 2 * 60 * MINUTE }),
      fc.constantFrom(0, -1, 1e15, 8.64e15, Number.MAX_SAFE_INTEGER),
    );
    const block = fc.record({
      startedAt: time,
      endsAt: time,
      lengthMinutes: fc.oneof(fc.integer({ min: -5, max: 300 }), fc.constantFrom(1e9)),
      pausedMs: fc.oneof(fc.integer({ min: -MINUTE, max: 60 * MINUTE }), fc.constantFrom(-1e12, 1e12)),
      nextPostureAt: fc.option(time),
    });
    const pause = fc.record({ since: time, reason: fc.constantFrom('user', 'away'), until: fc.option(time) });
    const session = fc.record({
      phase: fc.constantFrom('off', 'sitting', 'paused', 'blockDone', 'onBreak'),
      block: fc.option(block),
      pause: fc.option(pause),
      since: fc.option(time),
      lastBlockMinutes: hostileNumber,
      cueIndex: hostileNumber,
      postureOpen: fc.boolean(),
    });
    fc.assert(
      fc.property(session, fc.integer({ min: 0, max: 24 * 60 * MINUTE }), (stored, later) => {
        tally.tried += 1;
        const read = sessionFrom(stored, NOW);
        expect(isSession(read) && isPossibleSession(read, NOW)).toBe(true);
        if (read === stored) tally.survived += 1;
        else tally.refused += 1;
        // Whatever was read, catching up records no more than the block could hold.
        const { effects } = step(read, { type: 'wake' }, NOW + later, DEFAULT_SETTINGS);
        const sat = effects.reduce((sum, e) => sum + (e.type === 'sat' ? e.to - e.from : 0), 0);
        expect(sat).toBeLessThanOrEqual((read.block?.lengthMinutes ?? 0) * MINUTE);
        expect(sat).toBeGreaterThanOrEqual(0);
      }),
      { seed: SEED, numRuns: 600 },
    );
  });

  it('a backup file', () => {
    const good = JSON.parse(
      JSON.stringify(makeBackup(DEFAULT_SETTINGS, [], { [TODAY]: { ...emptyDay(), satSeconds: 60 } }, NOW)),
    ) as Record<string, unknown>;
    const file = fc.oneof(
      fc.string({ maxLength: 50 }),
      fc.json({ maxDepth: 4 }),
      fc
        .record({
          exportedAt: fc.oneof(fc.constant(good.exportedAt), fc.constantFrom('1', '2001', '0', '9999-12-31T00:00:00Z')),
          settings: fc.oneof(fc.constant(good.settings), fc.anything()),
          history: fc.oneof(fc.constant(good.history), hostileHistory),
          version: fc.oneof(fc.constant(1), hostileNumber),
        })
        .map((overrides) => JSON.stringify({ ...good, ...overrides })),
      fc
        .integer({ min: 10, max: 2000 })
        .map(
          (depth) => `{"format":"on-the-ball-backup","version":1,"history":${'['.repeat(depth)}${']'.repeat(depth)}}`,
        ),
    );
    fc.assert(
      fc.property(file, (text) => {
        tally.tried += 1;
        const parsed = parseBackup(text, NOW);
        if (!parsed.ok) {
          tally.refused += 1;
          return;
        }
        tally.survived += 1;
        for (const [key, day] of Object.entries(parsed.backup.history)) expect(trueDay(key, day)).toBe(true);
        expect(Date.parse(parsed.backup.exportedAt)).toBeLessThanOrEqual(NOW + DAY_SECONDS * 1000);
      }),
      { seed: SEED, numRuns: 400 },
    );
  });
});

/** Real days already stored before the abuse starts; none of them may go missing. */
const REAL_DAYS: History = Object.fromEntries(
  [1, 2, 3, 30].map((ago) => [
    dayKey(NOW - ago * 24 * 60 * MINUTE),
    { ...emptyDay(), satSeconds: DAY_SECONDS - 60 * ago, blocksCompleted: ago, postureAnswered: 3 },
  ]),
);

const COMMAND_TYPES = [
  'getState',
  'setOnBall',
  'pause',
  'resume',
  'startBreak',
  'finishBreak',
  'breakProgress',
  'anotherBlock',
  'extend',
  'doneForNow',
  'importBackup',
  'importStatus',
  'launchRocket',
] as const;

const breakResult = fc.oneof(
  fc.record({
    completed: fc.boolean(),
    exercises: fc.array(
      fc.record({
        id: fc.constantFrom('plank', 'rotation', 'child-pose', 'wall-squat'),
        sets: fc.integer({ min: 0, max: 3 }),
        holdSeconds: fc.integer({ min: 0, max: 30 }),
      }),
      { maxLength: 3 },
    ),
  }),
  fc.anything(),
);

/** Own exercises as an export writes them. */
const ownExercise = fc.record({
  id: fc.constantFrom('custom-bird', 'custom-cat', 'custom-0'),
  name: fc.constantFrom('Bird dog', 'Cat and cow', 'Ünterarm 💪'),
  steps: fc.constantFrom('', 'Kneel\nReach'),
  kind: fc.constant('reps' as const),
  amount: fc.integer({ min: 1, max: 50 }),
  sets: fc.integer({ min: 1, max: 10 }),
  perSide: fc.boolean(),
  progression: fc.constant(null),
});

/** Own exercises a hand edit or an attacker could put in a backup. */
const hostileOwnExercise = fc.oneof(
  ownExercise,
  fc.record({
    id: fc.oneof(fc.constantFrom('custom-bird', 'settings', '__proto__', 'custom-', 'custom-UPPER'), fc.string()),
    name: fc.oneof(fc.constantFrom('', ' ', 'Bird dog', 'x'.repeat(10_000), '\u0000'), fc.string()),
    steps: fc.oneof(fc.constantFrom('\n'.repeat(20), 'a\u0007b', '\ud800'), fc.string(), hostileNumber),
    kind: fc.oneof(fc.constantFrom('hold', 'reps', 'jump'), hostileNumber),
    amount: hostileNumber,
    sets: hostileNumber,
    perSide: fc.oneof(fc.boolean(), hostileNumber),
    progression: fc.oneof(fc.constant(null), fc.record({ step: hostileNumber, cap: hostileNumber }), fc.anything()),
  }),
  fc.anything(),
);

const hostileOwnExercises = fc.oneof(
  fc.constant(undefined),
  fc.array(ownExercise, { maxLength: 3 }),
  fc.array(hostileOwnExercise, { maxLength: 25 }),
  fc.anything(),
);

/** The person's own exercise stored before the abuse starts; it goes only with an import that replaced it. */
const REAL_OWN = {
  id: 'custom-real',
  name: 'Calf raise',
  steps: '',
  kind: 'reps',
  amount: 12,
  sets: 2,
  perSide: false,
  progression: null,
};

const message = fc.oneof(
  { weight: 6, arbitrary: fc.record({ type: fc.constantFrom(...COMMAND_TYPES) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('setOnBall'), on: fc.oneof(fc.boolean(), hostileNumber) }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('pause'),
      minutes: fc.oneof(fc.constantFrom(15, 30, 60, null), hostileNumber),
    }),
  },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('finishBreak'), result: breakResult }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('breakProgress'),
      breakId: fc.oneof(fc.constant('b1'), fc.string({ maxLength: 80 })),
      result: breakResult,
      ended: fc.oneof(fc.boolean(), fc.anything()),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('importBackup'),
      id: fc.oneof(fc.constant('import-1'), fc.string({ maxLength: 80 })),
      history: fc.oneof(hostileHistory, fc.constant({ [TODAY]: { ...emptyDay(), satSeconds: 600 } })),
      settings: fc.oneof(fc.constant(DEFAULT_SETTINGS), fc.anything()),
      customExercises: hostileOwnExercises,
    }),
  },
  {
    // A backup sound but for its own exercises, so that hostile ones reach the worker's import.
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('importBackup'),
      // Many ids, so that many imports are applied for the first time and their own exercises checked.
      id: fc.integer({ min: 2, max: 99 }).map((n) => `import-${n}`),
      history: fc.constant({ [TODAY]: { ...emptyDay(), satSeconds: 600 } }),
      settings: fc.constant(DEFAULT_SETTINGS),
      customExercises: fc.oneof(
        { weight: 3, arbitrary: fc.array(ownExercise, { minLength: 1, maxLength: 3 }) },
        { weight: 1, arbitrary: hostileOwnExercises },
      ),
    }),
  },
  { weight: 1, arbitrary: fc.anything() },
);

/** The keys of the own exercises among everything synced, sorted. */
const ownKeys = (synced: Record<string, unknown>) =>
  Object.keys(synced)
    .filter((key) => key.startsWith('custom-'))
    .sort();

function freshBrowser() {
  fakeBrowser.reset();
  fakeBrowser.action.setIcon = vi.fn(async () => undefined);
}

describe('commands to the worker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    return () => vi.useRealTimers();
  });

  it('are obeyed or refused with a reason, and leave nothing untrue stored and no real day lost', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(message, fc.integer({ min: 0, max: 20 * MINUTE })), { minLength: 1, maxLength: 25 }),
        async (script) => {
          freshBrowser();
          let now = NOW;
          vi.setSystemTime(now);
          await fakeBrowser.storage.local.set(
            Object.fromEntries(Object.entries(REAL_DAYS).map(([day, record]) => [`history:${day}`, record])),
          );
          await fakeBrowser.storage.sync.set({ [REAL_OWN.id]: REAL_OWN });
          const importedIds = new Set<unknown>();
          const tabsBefore = (await fakeBrowser.tabs.query({})).length;
          for (const [sent, wait] of script) {
            now += wait;
            vi.setSystemTime(now);
            tally.tried += 1;
            const syncedBefore = await fakeBrowser.storage.sync.get(null);
            const reply = await handleMessage(sent, 1);
            const synced = await fakeBrowser.storage.sync.get(null);
            if (reply.ok) tally.survived += 1;
            else {
              tally.refused += 1;
              expect(reply.error.length).toBeGreaterThan(0);
              expect(reply.error.length).toBeLessThanOrEqual(200);
              // A refused import changed no own exercise and no setting.
              expect(synced).toEqual(syncedBefore);
            }
            // Every stored own exercise is one that can be used, and no more than allowed.
            const owns = ownKeys(synced);
            expect(owns.length).toBeLessThanOrEqual(CUSTOM_LIMITS.count.max);
            for (const key of owns) expect(isCustomExercise(synced[key]) && synced[key].id === key).toBe(true);
            // An import first said done brought exactly the backup's own exercises; any other left them as they were.
            if (isRecord(sent) && sent.type === 'importBackup') {
              if (reply.ok && reply.imported === 'done' && !importedIds.has(sent.id)) {
                importedIds.add(sent.id);
                const sentOwns = (sent.customExercises ?? []) as { id: string }[];
                expect(owns.sort()).toEqual(sentOwns.map((own) => own.id).sort());
              } else {
                expect(owns.sort()).toEqual(ownKeys(syncedBefore));
              }
            }
            const stored = await sessionItem.getValue();
            expect(isSession(stored) && isPossibleSession(stored, now)).toBe(true);
            const { history, skipped } = checkHistory(await historyItem.getValue(), now);
            expect(skipped).toEqual([]);
            for (const [key, day] of Object.entries(REAL_DAYS)) {
              const kept = history[key];
              if (!kept || kept.satSeconds < day.satSeconds || kept.blocksCompleted < day.blocksCompleted) {
                tally.lost += 1;
              }
            }
          }
          // One stretch tab per break, however many times a break was asked for.
          expect((await fakeBrowser.tabs.query({})).length - tabsBefore).toBeLessThanOrEqual(
            script.filter(([sent]) => (sent as { type?: unknown }).type === 'startBreak').length,
          );
        },
      ),
      { seed: SEED, numRuns: 60 },
    );
  }, 120_000);
});
