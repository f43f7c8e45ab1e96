import { useEffect, useState } from 'preact/hooks';
import { OFF, type Session } from '@/utils/domain/session';
import { sessionItem } from '@/utils/storage/items';
import { loadSession, sessionFrom } from '@/utils/storage/read';

/** The session, read only to tell whether a block is running. */
export function useSession(): Session {
  const [session, setSession] = useState<Session>(OFF);
  useEffect(() => {
    void loadSession().then(setSession);
    return sessionItem.watch((stored) => setSession(sessionFrom(stored, Date.now())));
  }, []);
  return session;
}
