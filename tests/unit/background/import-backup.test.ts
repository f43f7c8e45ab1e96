/** A backup's own exercises imported by the worker with its history and settings: all of them or none. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '@/entrypoints/background';
import { sessionWrites } from '@/utils/background/dispatch';
import { importOutcome, settleImports } from '@/utils/background/import-backup';
import type { CustomExercise } from '@/utils/domain/custom-exercise';
import { emptyDay } from '@/utils/domain/history';
import { withCustomAdded } from '@/utils/domain/routine';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/domain/settings';
import { saveCustomExercise } from '@/utils/storage/save-custom-exercise';
import { sendToWorker } from '../../helpers/messages';

const T0 = new Date(2026, 10, 23, 10, 0, 0).getTime();
const send = (message: unknown) => sendToWorker(message);

const own = (id: string, change: Partial<CustomExercise> = {}): CustomExercise => ({
  id,
  name: `Exercise ${id}`,
  steps: 'Stand tall\nBreathe out',
  kind: 'hold',
  amount: 20,
  sets: 2,
  perSide: true,
  progression: { step: 5, cap: 40 },
  ...change,
});

const MINE = own('custom-mine', { name: 'Calf raise', kind: 'reps', amount: 12, progression: null });
const BIRD = own('custom-bird', { name: 'Bird dog' });
const CAT = own('custom-cat', { name: 'Cat and cow', perSide: false, progression: null });

const history = { '2026-11-20': { ...emptyDay(), satSeconds: 1800, blocksCompleted: 1 } };
const settings: Settings = {
  ...DEFAULT_SETTINGS,
  blockMinutes: 45,
  routines: withCustomAdded(withCustomAdded(DEFAULT_SETTINGS.routines, BIRD), CAT),
};
const backup = { history, settings, customExercises: [BIRD, CAT] };

/** Everything the extension keeps, both areas, as stored. */
async function everything() {
  return { sync: await fakeBrowser.storage.sync.get(null), local: await fakeBrowser.storage.local.get(null) };
}

/** What an import changes: everything synced (own exercises and settings) and the days of history. */
async function content() {
  const { sync, local } = await everything();
  return { sync, days: Object.fromEntries(Object.entries(local).filter(([key]) => key.startsWith('history:'))) };
}

async function restore(snapshot: Awaited<ReturnType<typeof everything>>) {
  await fakeBrowser.storage.sync.clear();
  await fakeBrowser.storage.local.clear();
  await fakeBrowser.storage.sync.set(snapshot.sync);
  await fakeBrowser.storage.local.set(snapshot.local);
}

async function startWorker() {
  background.main();
  await sessionWrites(async () => undefined);
}

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(T0);
  // The person's own exercise and a day of their history, there before any import.
  expect(await saveCustomExercise(MINE)).toBeNull();
  await fakeBrowser.storage.local.set({ 'history:2026-11-22': { ...emptyDay(), breaksCompleted: 2 } });
  return () => vi.useRealTimers();
});

describe('importing a backup with own exercises', () => {
  it('replaces the own exercises with the backup’s, with its settings and history', async () => {
    await startWorker();
    expect(await send({ type: 'importBackup', id: 'imp-1', ...backup })).toMatchObject({ ok: true, imported: 'done' });
    const { sync, local } = await everything();
    expect(Object.keys(sync).filter((key) => key.startsWith('custom-'))).toEqual(['custom-bird', 'custom-cat']);
    expect(sync['custom-bird']).toEqual(BIRD);
    expect(sync['custom-cat']).toEqual(CAT);
    expect(sync.settings).toEqual(settings);
    expect(local['history:2026-11-20']).toEqual(history['2026-11-20']);
    expect(local['history:2026-11-22']).toEqual({ ...emptyDay(), breaksCompleted: 2 });
    expect(await send({ type: 'importStatus', id: 'imp-1' })).toMatchObject({ ok: true, imported: 'done' });
  });

  it.each([
    [
      'an own exercise with a dose out of range',
      [BIRD, { ...CAT, amount: 0 }],
      'Own exercise "custom-cat" has unusable values: amount.',
    ],
    [
      'an own exercise with two unusable fields',
      [BIRD, { ...CAT, name: '', sets: 'three' }],
      'Own exercise "custom-cat" has unusable values: name, sets.',
    ],
    ['the same own exercise twice', [BIRD, BIRD], 'Own exercise "custom-bird" appears twice.'],
    [
      'an id that is no own exercise’s',
      [
        { ...BIRD, id: 'settings' },
        { ...CAT, kind: 'jump' },
      ],
      'Own exercise "settings" has no valid id ("custom-" and 1 to 16 letters or digits) (and 1 more).',
    ],
    [
      'an id 10,000 characters long',
      [{ ...BIRD, id: 'x'.repeat(10_000) }],
      `Own exercise "${'x'.repeat(38)}… has no valid id ("custom-" and 1 to 16 letters or digits).`,
    ],
    [
      'more own exercises than are allowed',
      Array.from({ length: 21 }, (_, i) => own(`custom-${i}`)),
      'A backup holds at most 20 own exercises, not 21.',
    ],
    ['own exercises that are not a list', { 'custom-bird': BIRD }, '"customExercises" must be a list.'],
  ])('refuses the whole import for %s, changing nothing', async (_, customExercises, error) => {
    await startWorker();
    const before = await everything();
    expect(await send({ type: 'importBackup', id: 'imp-2', history, settings, customExercises })).toEqual({
      ok: false,
      error,
    });
    expect(await everything()).toEqual(before);
    expect(await send({ type: 'importStatus', id: 'imp-2' })).toMatchObject({ ok: true, imported: 'unknown' });
  });

  it('changes nothing when the synced storage refuses the own exercises', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await startWorker();
    const before = await content();
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if ('custom-bird' in items) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const reply = await send({ type: 'importBackup', id: 'imp-3', ...backup });
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/quota/) });
    expect(await content()).toEqual(before);
    expect(await send({ type: 'importStatus', id: 'imp-3' })).toMatchObject({ ok: true, imported: 'undone' });
  });

  it('undoes the own exercises, settings and history of an import the worker stopped at any write', async () => {
    await startWorker();
    const before = await content();
    // The stored state just before each write the import makes: where a worker stopping there leaves it.
    const stops: Awaited<ReturnType<typeof everything>>[] = [];
    for (const area of [fakeBrowser.storage.sync, fakeBrowser.storage.local]) {
      const [set, remove] = [area.set.bind(area), area.remove.bind(area)];
      vi.spyOn(area, 'set').mockImplementation(async (items) => {
        stops.push(await everything());
        return set(items);
      });
      vi.spyOn(area, 'remove').mockImplementation(async (keys) => {
        stops.push(await everything());
        return remove(keys);
      });
    }
    expect(await send({ type: 'importBackup', id: 'imp-4', ...backup })).toMatchObject({ ok: true, imported: 'done' });
    vi.restoreAllMocks();
    const after = await content();
    stops.push(await everything());

    const outcomes: string[] = [];
    for (const stop of stops) {
      await restore(stop);
      // What the worker does first as it starts again.
      await settleImports();
      const outcome = await importOutcome('imp-4');
      outcomes.push(outcome);
      const now = await content();
      if (outcome === 'done') expect(now).toEqual(after);
      else expect(now).toEqual(before);
    }
    // Stopped before the note of the import, after it (removing, writing exercises, settings), and after the last write.
    expect(outcomes[0]).toBe('unknown');
    expect(outcomes.filter((outcome) => outcome === 'undone').length).toBeGreaterThanOrEqual(3);
    expect(outcomes.at(-1)).toBe('done');
  });

  it('says an import was undone once the worker that stopped in it starts again', async () => {
    const set = fakeBrowser.storage.sync.set.bind(fakeBrowser.storage.sync);
    let stopped: Awaited<ReturnType<typeof everything>> | null = null;
    vi.spyOn(fakeBrowser.storage.sync, 'set').mockImplementation(async (items) => {
      if ('settings' in items && stopped === null) stopped = await everything();
      return set(items);
    });
    await startWorker();
    await send({ type: 'importBackup', id: 'imp-5', ...backup });
    vi.restoreAllMocks();
    expect(stopped).not.toBeNull();
    // Stopped as the settings were about to be written: the backup's exercises were already in.
    await restore(stopped as never);
    expect((await fakeBrowser.storage.sync.get(null))['custom-bird']).toEqual(BIRD);
    await startWorker();
    expect(await send({ type: 'importStatus', id: 'imp-5' })).toMatchObject({ ok: true, imported: 'undone' });
    const synced = await fakeBrowser.storage.sync.get(null);
    expect(Object.keys(synced).filter((key) => key.startsWith('custom-'))).toEqual(['custom-mine']);
    expect(synced['custom-mine']).toEqual(MINE);
    expect((synced.settings as Settings).blockMinutes).toBe(DEFAULT_SETTINGS.blockMinutes);
    expect(await fakeBrowser.storage.local.get('history:2026-11-20')).toEqual({});
  });
});
