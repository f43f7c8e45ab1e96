import { useEffect, useState } from 'preact/hooks';
import { followStored } from '@/utils/client/follow-stored';
import { readNative } from '@/utils/client/native-api';
import { OFF, type Session } from '@/utils/domain/session';
import { LOCAL_KEYS } from '@/utils/storage/local-keys';
import { sessionFrom } from '@/utils/storage/stored-values';

/** The session, read only to tell whether a block is running. */
export function useSession(): Session {
  const [session, setSession] = useState<Session>(OFF);
  useEffect(
    () =>
      followStored(
        (items) => items.sessionItem,
        (stored) => setSession(sessionFrom(stored, Date.now())),
        readNative('local', LOCAL_KEYS.session),
      ),
    [],
  );
  return session;
}
