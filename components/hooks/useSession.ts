import { useEffect, useState } from 'preact/hooks';
import { followStored } from '@/utils/client/follow-stored';
import { nativeApi } from '@/utils/client/native-api';
import { OFF, type Session } from '@/utils/domain/session';
import { LOCAL_KEYS } from '@/utils/storage/local-keys';
import { sessionFrom } from '@/utils/storage/stored-values';

/** The session, read only to tell whether a block is running. */
export function useSession(): Session {
  const [session, setSession] = useState<Session>(OFF);
  useEffect(() => {
    let stopped = false;
    const show = (stored: unknown) => {
      if (!stopped) setSession(sessionFrom(stored, Date.now()));
    };
    void nativeApi()
      .storage.local.get(LOCAL_KEYS.session)
      .then((local) => show(local[LOCAL_KEYS.session]));
    const unfollow = followStored((items) => items.sessionItem, show);
    return () => {
      stopped = true;
      unfollow();
    };
  }, []);
  return session;
}
