import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { Switch } from '@/components/Switch';
import { type Glance, isGlance } from '@/utils/glance';
import { isOnBall } from '@/utils/machine';
import { Footer } from './Footer';
import type { Initial } from './initial';
import { live } from './later';
import { Panel } from './panels';
import { useBackground } from './useBackground';
import { Welcome } from './Welcome';

/** Redraws every second while `on`, so a countdown computed from timestamps stays current. */
function useEverySecond(on: boolean): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [on]);
}

function useGlance(initial: Glance): Glance {
  const [glance, setGlance] = useState(initial);
  useEffect(() => {
    let stopped = false;
    let unwatch = () => {};
    const show = (value: unknown) => {
      if (isGlance(value)) setGlance(value);
    };
    void live((module) => {
      if (stopped) return;
      unwatch = module.glanceItem.watch(show);
      // A change made while the module loaded is read once it listens.
      void module.glanceItem.getValue().then(show);
    });
    return () => {
      stopped = true;
      unwatch();
    };
  }, []);
  return glance;
}

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

  const startBreak = async () => {
    if (await run({ type: 'startBreak' })) window.close();
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
            void live((module) => module.welcomeDismissedItem.setValue(true));
          }}
        />
      )}
      <Panel
        session={session}
        glance={glance}
        now={Date.now()}
        busy={busy}
        run={run}
        startBreak={() => void startBreak()}
      />
      <Footer shortcut={initial.shortcut} />
    </main>
  );
}
