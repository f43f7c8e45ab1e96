import { useRef, useState } from 'preact/hooks';
import { i18n } from '#i18n';

const CHOICES = [
  { minutes: 15, key: 'popupUi.pause15' },
  { minutes: 30, key: 'popupUi.pause30' },
  { minutes: 60, key: 'popupUi.pause60' },
  { minutes: null, key: 'popupUi.pauseOpen' },
] as const;

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
          {CHOICES.map(({ minutes, key }) => (
            <button
              key={key}
              type="button"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (!busy) onPause(minutes);
              }}
            >
              {i18n.t(key)}
            </button>
          ))}
        </fieldset>
      )}
    </>
  );
}
