import { useEffect, useState } from 'preact/hooks';
import { afterFirstFrame } from '@/utils/client/after-first-frame';
import { nativeApi } from '@/utils/client/native-api';
import { OFF, type Session } from '@/utils/domain/session';
import { LOCAL_KEYS } from '@/utils/storage/local-keys';
import { sessionFrom } from '@/utils/storage/stored-values';

/** The stored items, to follow changes, load after the first frame, which reads the session itself. */
const items = afterFirstFrame(() => import('@/utils/storage/items'));

/** The session, read only to tell whether a block is running. */
export function useSession(): Session {
  const [session, setSession] = useState<Session>(OFF);
  useEffect(() => {
    let stopped = false;
    let unwatch = () => {};
    const show = (stored: unknown) => {
      if (!stopped) setSession(sessionFrom(stored, Date.now()));
    };
    void nativeApi()
      .storage.local.get(LOCAL_KEYS.session)
      .then((local) => show(local[LOCAL_KEYS.session]));
    void items((module) => {
      if (stopped) return;
      unwatch = module.sessionItem.watch(show);
      // A change made while the module loaded is read once it listens.
      void module.sessionItem.getValue().then(show);
    });
    return () => {
      stopped = true;
      unwatch();
    };
  }, []);
  return session;
}
