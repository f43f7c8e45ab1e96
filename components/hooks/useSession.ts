import { useEffect, useState } from 'preact/hooks';
import { OFF, type Session } from '@/utils/domain/session';
import { sessionItem } from '@/utils/storage/items';
import { loadSession } from '@/utils/storage/read';
import { sessionFrom } from '@/utils/storage/stored-values';

/** The session, read only to tell whether a block is running. */
export function useSession(): Session {
  const [session, setSession] = useState<Session>(OFF);
  useEffect(() => {
    void loadSession().then(setSession);
    return sessionItem.watch((stored) => setSession(sessionFrom(stored, Date.now())));
  }, []);
  return session;
}
