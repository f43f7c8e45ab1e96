/**
 * Keeps a stretch break to one tab. A Web Lock says which tab runs it (the browser frees it when
 * that tab closes, crashes or navigates away); a tab that finds it taken waits for it, and can
 * take it over, in which case the tab losing it hands its state over on a broadcast channel.
 */
const LOCK_NAME = 'on-the-ball-stretch-break';
/** How long a tab taking over waits for the other tab's state before starting afresh. */
export const HANDOFF_WAIT_MS = 1000;

export interface LockHandlers<T> {
  /** This tab now runs the break, carrying on from `handoff` when another tab handed one over. */
  gained(handoff: T | null): void;
  /** Another tab runs the break. */
  busy(): void;
  /** Another tab took the break over: returns this tab's state for it. */
  lost(): T | null;
}

export interface TabLock<T> {
  start(handlers: LockHandlers<T>): void;
  takeOver(): void;
  /** This tab is done with the break: another tab may run the next one. */
  release(): void;
  stop(): void;
}

export function webTabLock<T>(): TabLock<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  const channel = new BroadcastChannel(LOCK_NAME);
  let handlers: LockHandlers<T> | null = null;
  let releaseHeld: (() => void) | null = null;
  let waiting: AbortController | null = null;
  let stopped = false;

  function request(options: LockOptions, handoff: () => Promise<T | null>): Promise<boolean> {
    if (!locks) return Promise.resolve(false);
    let granted = false;
    return new Promise((resolve) => {
      locks
        .request(LOCK_NAME, options, async (lock) => {
          if (!lock) {
            resolve(false);
            return;
          }
          granted = true;
          waiting = null;
          resolve(true);
          const state = await handoff();
          if (stopped) return;
          handlers?.gained(state);
          await new Promise<void>((done) => {
            releaseHeld = done;
          });
        })
        .catch(() => {
          // Rejected after being granted: another tab stole the lock. Before: a wait was called off.
          if (!granted || stopped) return;
          releaseHeld = null;
          channel.postMessage(handlers?.lost() ?? null);
          handlers?.busy();
          wait();
        });
    });
  }

  function wait(): void {
    waiting = new AbortController();
    void request({ signal: waiting.signal }, async () => null);
  }

  function handoffFromOtherTab(): Promise<T | null> {
    return new Promise((resolve) => {
      const received = (event: MessageEvent) => {
        clearTimeout(timer);
        channel.removeEventListener('message', received);
        resolve(event.data as T | null);
      };
      const timer = setTimeout(() => {
        channel.removeEventListener('message', received);
        resolve(null);
      }, HANDOFF_WAIT_MS);
      channel.addEventListener('message', received);
    });
  }

  return {
    start(next) {
      handlers = next;
      // Without Web Locks there is no way to tell tabs apart: every tab runs its own break.
      if (!locks) {
        next.gained(null);
        return;
      }
      void request({ ifAvailable: true }, async () => null).then((got) => {
        if (got || stopped) return;
        next.busy();
        wait();
      });
    },
    takeOver() {
      if (!locks) return;
      waiting?.abort();
      waiting = null;
      const handoff = handoffFromOtherTab();
      void request({ steal: true }, () => handoff);
    },
    release() {
      waiting?.abort();
      waiting = null;
      releaseHeld?.();
      releaseHeld = null;
    },
    stop() {
      stopped = true;
      this.release();
      channel.close();
    },
  };
}
