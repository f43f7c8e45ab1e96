import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { send } from '@/utils/client';
import { isOnBall } from '@/utils/machine';
import { minutesLeft, type Session } from '@/utils/session';
import { sessionItem } from '@/utils/storage';

export function Popup() {
  const [session, setSession] = useState<Session | null>(null);
  const [now, setNow] = useState(Date.now());

  useEffect(() => {
    void sessionItem.getValue().then(setSession);
    const unwatch = sessionItem.watch((value) => setSession(value));
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => {
      unwatch();
      clearInterval(timer);
    };
  }, []);

  if (!session) return null;
  const on = isOnBall(session);
  return (
    <main>
      <button type="button" role="switch" aria-checked={on} onClick={() => void send({ type: 'setOnBall', on: !on })}>
        {i18n.t('popup.onBall')}
      </button>
      <p>{on ? i18n.t('popup.minutesLeft', [String(minutesLeft(session, now))]) : i18n.t('popup.offBall')}</p>
    </main>
  );
}
