/** What the popup shows under the switch, one panel per phase of the session. */
import { i18n } from '#i18n';
import type { Background } from '@/components/hooks/useBackground';
import type { Glance } from '@/utils/domain/glance';
import type { RoutineName } from '@/utils/domain/routine';
import type { Session } from '@/utils/domain/session';
import { formatNumber } from '@/utils/i18n/numbers';
import { BlockCountdown } from './BlockCountdown';
import { PauseChoices } from './PauseChoices';
import { TodaySummary } from './TodaySummary';

export interface PanelProps {
  session: Session;
  glance: Glance;
  now: number;
  busy: boolean;
  run: Background['run'];
  startBreak: (routine: RoutineName) => void;
}

/** A button that sends one command; ignored while another command is in flight. */
function CommandButton({
  busy,
  onPress,
  label,
  primary = false,
}: {
  busy: boolean;
  onPress: () => void;
  label: string;
  primary?: boolean;
}) {
  return (
    <button
      type="button"
      class={primary ? 'primary' : undefined}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onPress();
      }}
    >
      {label}
    </button>
  );
}

/** The full break, one press away, and the quick break for a busy moment. */
function BreakButtons({
  busy,
  primary = false,
  startBreak,
}: {
  busy: boolean;
  primary?: boolean;
  startBreak: PanelProps['startBreak'];
}) {
  return (
    <>
      <CommandButton
        busy={busy}
        primary={primary}
        label={i18n.t('popupUi.startBreak')}
        onPress={() => startBreak('full')}
      />
      <CommandButton busy={busy} label={i18n.t('routine.quickBreak')} onPress={() => startBreak('quick')} />
    </>
  );
}

function OnBallPanel({ session, now, busy, run, startBreak }: PanelProps) {
  const paused = session.phase === 'paused';
  return (
    <section class="panel">
      <BlockCountdown session={session} now={now} />
      <div class="actions">
        {paused && (
          <CommandButton
            busy={busy}
            primary
            label={i18n.t('popupUi.resume')}
            onPress={() => void run({ type: 'resume' })}
          />
        )}
        <BreakButtons busy={busy} startBreak={startBreak} />
        {!paused && (
          <PauseChoices
            busy={busy}
            onPause={(choice) =>
              void run('until' in choice ? { type: 'pauseUntil', until: choice.until } : { type: 'pause', ...choice })
            }
          />
        )}
      </div>
    </section>
  );
}

function BlockDonePanel({ session, busy, run, startBreak }: PanelProps) {
  return (
    <section class="panel" aria-labelledby="block-done-title">
      <h2 id="block-done-title">{i18n.t('popupUi.blockDoneTitle')}</h2>
      <p>{i18n.t('notice.blockDoneBody', [formatNumber(session.lastBlockMinutes)])}</p>
      <div class="actions stacked">
        <BreakButtons busy={busy} primary startBreak={startBreak} />
        <div class="actions">
          <CommandButton
            busy={busy}
            label={i18n.t('popupUi.anotherBlock')}
            onPress={() => void run({ type: 'anotherBlock' })}
          />
          <CommandButton
            busy={busy}
            label={i18n.t('popupUi.doneForNow')}
            onPress={() => void run({ type: 'doneForNow' })}
          />
        </div>
      </div>
    </section>
  );
}

function OnBreakPanel({ glance, now, busy, run, startBreak }: PanelProps) {
  return (
    <section class="panel" aria-labelledby="on-break-title">
      <h2 id="on-break-title">{i18n.t('popupUi.onBreakTitle')}</h2>
      <p>{i18n.t('popupUi.onBreakBody')}</p>
      <div class="actions">
        <CommandButton
          busy={busy}
          primary
          label={i18n.t('popupUi.anotherBlock')}
          onPress={() => void run({ type: 'anotherBlock' })}
        />
        <CommandButton
          busy={busy}
          label={i18n.t('popupUi.doneForNow')}
          onPress={() => void run({ type: 'doneForNow' })}
        />
        {/* During a break, asking for one shows the break's tab: no second break starts. */}
        <CommandButton busy={busy} label={i18n.t('popupUi.showBreak')} onPress={() => startBreak('full')} />
      </div>
      <TodaySummary glance={glance} now={now} />
    </section>
  );
}

function OffPanel({ glance, now, busy, startBreak }: PanelProps) {
  return (
    <section class="panel">
      <p class="lead">{i18n.t('popupUi.offLead')}</p>
      <div class="actions">
        <BreakButtons busy={busy} primary startBreak={startBreak} />
      </div>
      <TodaySummary glance={glance} now={now} />
    </section>
  );
}

export function Panel(props: PanelProps) {
  switch (props.session.phase) {
    case 'sitting':
    case 'paused':
      return <OnBallPanel {...props} />;
    case 'blockDone':
      return <BlockDonePanel {...props} />;
    case 'onBreak':
      return <OnBreakPanel {...props} />;
    case 'off':
      return <OffPanel {...props} />;
  }
}
