import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { useBackground } from '@/components/hooks/useBackground';
import { useEverySecond } from '@/components/hooks/useEverySecond';
import { useGlance } from '@/components/hooks/useGlance';
import { Switch } from '@/components/Switch';
import { nativeApi } from '@/utils/client/native-api';
import { isOnBall } from '@/utils/domain/machine';
import type { RoutineName } from '@/utils/domain/routine';
import { LOCAL_KEYS } from '@/utils/storage/local-keys';
import { Footer } from './Footer';
import type { Initial } from './initial';
import { Panel } from './panels';
import { SpaceOutOffer } from './SpaceOutOffer';
import { Welcome } from './Welcome';

export function Popup({ initial }: { initial: Initial }) {
  const { session, reachable, busy, failed, run } = useBackground(initial.session);
  const glance = useGlance(initial.glance);
  const [welcome, setWelcome] = useState(!initial.welcomeDismissed);
  const switchRef = useRef<HTMLButtonElement>(null);
  useEverySecond(session.phase === 'sitting');

  // When the control that had focus goes away with the old state, keyboard users land on the switch.
  const firstRender = useRef(true);
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    if (!document.activeElement || document.activeElement === document.body) switchRef.current?.focus();
  }, [session.phase, welcome]);

  const startBreak = async (routine: RoutineName) => {
    if (await run({ type: 'startBreak', routine })) window.close();
  };

  return (
    <main class="popup">
      <h1 class="visually-hidden">{i18n.t('popupUi.appName')}</h1>
      <Switch
        buttonRef={switchRef}
        label={i18n.t('popupUi.onBall')}
        checked={isOnBall(session)}
        busy={busy}
        onToggle={(on) => void run({ type: 'setOnBall', on })}
      />
      <p class="notice" role="status">
        {failed ? i18n.t('popupUi.commandFailed') : reachable ? '' : i18n.t('popupUi.unreachable')}
      </p>
      {welcome && (
        <Welcome
          onDismiss={() => {
            setWelcome(false);
            // Written at once with the browser's own API: the popup may be closed right after this click.
            void nativeApi().storage.local.set({ [LOCAL_KEYS.welcomeDismissed]: true });
          }}
        />
      )}
      {session.rhythm.offer === 'open' && <SpaceOutOffer busy={busy} run={run} />}
      <Panel
        session={session}
        glance={glance}
        now={Date.now()}
        busy={busy}
        run={run}
        startBreak={(routine) => void startBreak(routine)}
      />
      <Footer shortcut={initial.shortcut} />
    </main>
  );
}
