import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import { formatMinutes } from '@/utils/i18n/numbers';

const CHOICES = [15, 30, 60, null] as const;

function choiceLabel(minutes: (typeof CHOICES)[number]): string {
  return minutes === null ? i18n.t('popupUi.pauseOpen') : formatMinutes(minutes);
}

interface PauseChoicesProps {
  busy: boolean;
  onPause: (minutes: 15 | 30 | 60 | null) => void;
}

/** "Pause" opens the choice of how long; Escape folds it away again and returns to the button. */
export function PauseChoices({ busy, onPause }: PauseChoicesProps) {
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={toggle}
        type="button"
        aria-expanded={open}
        aria-controls="pause-choices"
        onClick={() => setOpen(!open)}
      >
        {i18n.t('popupUi.pause')}
      </button>
      {open && (
        <fieldset
          id="pause-choices"
          class="choices"
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return;
            event.preventDefault();
            setOpen(false);
            toggle.current?.focus();
          }}
        >
          <legend>{i18n.t('popupUi.pauseFor')}</legend>
          {CHOICES.map((minutes) => (
            <button
              key={String(minutes)}
              type="button"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (!busy) onPause(minutes);
              }}
            >
              {choiceLabel(minutes)}
            </button>
          ))}
        </fieldset>
      )}
    </>
  );
}
