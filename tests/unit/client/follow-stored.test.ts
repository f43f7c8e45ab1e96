import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { followStored } from '@/utils/client/follow-stored';
import { readNative } from '@/utils/client/native-api';
import { WAIT_MS } from '../../setup';

/** The first read a page makes, before the storage library has loaded. */
const readSession = () => readNative('local', 'session', 'nothing stored');
const pickSession = (items: typeof import('@/utils/storage/items')) => items.sessionItem;

const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

/** Follows the stored session as a page does; the calls of the returned `show` are what it was shown. */
function follow(first?: Promise<unknown>) {
  const show = vi.fn();
  const stop = followStored(pickSession, show, first);
  stops.push(stop);
  return { show, stop };
}

function store(session: unknown): Promise<void> {
  return fakeBrowser.storage.local.set({ session });
}

/** Waits until `show` has been shown `value`, proof that what was stored before has reached every follower. */
async function untilShown(show: ReturnType<typeof vi.fn>, value: unknown): Promise<void> {
  // The storage library is loaded on first use, which can take seconds on a busy machine.
  await vi.waitFor(() => expect(show).toHaveBeenCalledWith(value), { timeout: WAIT_MS });
}

describe('followStored', () => {
  it('shows the value stored when it starts, then each later one', async () => {
    await store('first');
    const { show } = follow(readSession());
    await untilShown(show, 'first');
    await store('later');
    await untilShown(show, 'later');
    expect(show.mock.calls.at(-1)).toEqual(['later']);
  });

  it('reads the first value with the browser’s own API, giving the fallback when nothing is stored', async () => {
    const { show } = follow(readSession());
    await untilShown(show, 'nothing stored');
    expect(show.mock.calls[0]).toEqual(['nothing stored']);
  });

  it('shows nothing once stopped', async () => {
    await store('first');
    const { show, stop } = follow(readSession());
    await store('second');
    await untilShown(show, 'second');
    stop();
    const shownBefore = show.mock.calls.length;
    const { show: witness } = follow(readSession());
    await store('after stop');
    await untilShown(witness, 'after stop');
    expect(show).toHaveBeenCalledTimes(shownBefore);
    expect(show).not.toHaveBeenCalledWith('after stop');
  });

  it('shows nothing when stopped before the first read returns', async () => {
    await store('first');
    const { show, stop } = follow(readSession());
    stop();
    const { show: witness } = follow(readSession());
    await untilShown(witness, 'first');
    await store('later');
    await untilShown(witness, 'later');
    expect(show).not.toHaveBeenCalled();
  });

  it('without a first read, waits for the storage library and then follows', async () => {
    await store('first');
    const { show } = follow();
    await untilShown(show, 'first');
    await store('later');
    await untilShown(show, 'later');
  });
});

describe('followStored before the storage library has loaded', () => {
  afterEach(() => {
    vi.doUnmock('@/utils/storage/items');
    vi.resetModules();
  });

  it('shows the first value without waiting for it', async () => {
    vi.resetModules();
    // A library that never finishes loading: the first frame must not depend on it.
    vi.doMock('@/utils/storage/items', () => new Promise(() => {}));
    const { followStored: followFresh } = await import('@/utils/client/follow-stored');
    await store('first');
    const show = vi.fn();
    stops.push(followFresh(pickSession, show, readSession()));
    await untilShown(show, 'first');
    expect(show).toHaveBeenCalledTimes(1);
  });
});
