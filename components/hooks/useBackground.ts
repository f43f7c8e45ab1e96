/**
 * The popup's view of the session: the stored state first, then whatever the background
 * writes. Commands go to the background one at a time, so a double click can't start two blocks.
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { afterFirstFrame } from '@/utils/client/after-first-frame';
import type { Command, Reply } from '@/utils/domain/protocol';
import type { Session } from '@/utils/domain/session';
import { sessionFrom } from '@/utils/storage/stored-values';

// Messages and stored changes load after the first frame, so neither the polyfilled API nor the
// storage library holds it up.
const client = afterFirstFrame(() => import('@/utils/client/background-client'));
const items = afterFirstFrame(() => import('@/utils/storage/items'));
const send = (command: Command) => client((module) => module.send(command));

/** Waits between attempts to reach a background that is still starting; the last one repeats. */
export const RETRY_DELAYS_MS = [250, 500, 1000, 2000];

type Ok = Extract<Reply, { ok: true }>;

export interface Background {
  session: Session;
  /** False once asking the background for the state has failed, until it answers. */
  reachable: boolean;
  /** A command is in flight: state-changing controls ignore presses. */
  busy: boolean;
  /** The last command did not go through. */
  failed: boolean;
  /** Sends a command unless one is in flight; resolves with the reply, or null if it did not go through. */
  run: (command: Command) => Promise<Ok | null>;
}

export function useBackground(stored: Session): Background {
  const [session, setSession] = useState(stored);
  const [reachable, setReachable] = useState(true);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const inFlight = useRef(false);
  // Counts stored changes seen, so a reply never overwrites a newer change that arrived first.
  const changes = useRef(0);

  const accept = useCallback((reply: Ok, changesAtSend: number) => {
    if (changes.current === changesAtSend) setSession(reply.session);
    setReachable(true);
  }, []);

  useEffect(() => {
    let unwatch = () => {};
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const connect = async (attempt: number) => {
      const before = changes.current;
      const reply = await send({ type: 'getState' });
      if (stopped) return;
      if (reply.ok) {
        accept(reply, before);
        return;
      }
      setReachable(false);
      const delay = RETRY_DELAYS_MS[Math.min(attempt, RETRY_DELAYS_MS.length - 1)];
      timer = setTimeout(() => void connect(attempt + 1), delay);
    };
    // Watching starts before the first question to the background, so no change falls between.
    void items((module) => {
      if (stopped) return;
      unwatch = module.sessionItem.watch((value) => {
        changes.current += 1;
        setSession(sessionFrom(value, Date.now()));
      });
      void connect(0);
    });
    return () => {
      stopped = true;
      clearTimeout(timer);
      unwatch();
    };
  }, [accept]);

  const run = useCallback(
    async (command: Command): Promise<Ok | null> => {
      if (inFlight.current) return null;
      inFlight.current = true;
      setBusy(true);
      setFailed(false);
      const before = changes.current;
      const reply = await send(command);
      inFlight.current = false;
      setBusy(false);
      if (!reply.ok) {
        console.warn('Command did not go through', command, reply.error);
        setFailed(true);
        return null;
      }
      accept(reply, before);
      return reply;
    },
    [accept],
  );

  return { session, reachable, busy, failed, run };
}
