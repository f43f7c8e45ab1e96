import { useEffect, useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { PauseUntil } from '@/utils/domain/session';
import { formatMinutes } from '@/utils/i18n/numbers';

/** How long to pause: for some minutes (`null` until resumed), or until a moment. */
export type PauseChoice = { minutes: 15 | 30 | 60 | null } | { until: PauseUntil };

const CHOICES: readonly PauseChoice[] = [
  { minutes: 15 },
  { minutes: 30 },
  { minutes: 60 },
  { until: 'tomorrow' },
  { until: 'workday' },
  { minutes: null },
];

function choiceLabel(choice: PauseChoice): string {
  if ('until' in choice) return i18n.t(choice.until === 'tomorrow' ? 'nudges.pauseTomorrow' : 'nudges.pauseWorkday');
  return choice.minutes === null ? i18n.t('popupUi.pauseOpen') : formatMinutes(choice.minutes);
}

interface PauseChoicesProps {
  busy: boolean;
  onPause: (choice: PauseChoice) => void;
}

/** Whether working hours are on, read once the choices open, since only "until the working day starts" needs it. */
function useWorkingHours(open: boolean): boolean {
  const [on, setOn] = useState(false);
  useEffect(() => {
    if (!open) return;
    let live = true;
    // Loaded on opening: the storage library is not part of the popup's first frame.
    void import('@/utils/storage/read')
      .then(({ loadWorkingHoursOn }) => loadWorkingHoursOn())
      .then((hours) => {
        if (live) setOn(hours);
      });
    return () => {
      live = false;
    };
  }, [open]);
  return on;
}

/** "Pause" opens the choice of how long; Escape folds it away again and returns to the button. */
export function PauseChoices({ busy, onPause }: PauseChoicesProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const workingHours = useWorkingHours(open);
  const fold = (event: KeyboardEvent) => {
    // Closed, Escape is left to the browser, which closes the popup.
    if (!open || event.key !== 'Escape') return;
    event.preventDefault();
    setOpen(false);
    toggle.current?.focus();
  };
  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls="pause-choices"
        onClick={() => setOpen(!open)}
        onKeyDown={fold}
      >
        {i18n.t('popupUi.pause')}
      </button>
      {open && (
        <fieldset id="pause-choices" class="choices" onKeyDown={fold}>
          <legend>{i18n.t('popupUi.pauseFor')}</legend>
          {CHOICES.filter((choice) => workingHours || !('until' in choice && choice.until === 'workday')).map(
            (choice) => {
              const label = choiceLabel(choice);
              return (
                <button
                  key={label}
                  type="button"
                  aria-disabled={busy || undefined}
                  onClick={() => {
                    if (!busy) onPause(choice);
                  }}
                >
                  {label}
                </button>
              );
            },
          )}
        </fieldset>
      )}
    </>
  );
}
