import { useId } from 'preact/hooks';
import { formatNumber } from '@/utils/i18n/numbers';
import { Ring } from './Ring';

interface CountdownProps {
  /** What the time is for: "Get ready", "Hold", "Rest". */
  label: string;
  /** Time left, or `null` for an untimed step, which shows `untimed` instead of a number. */
  msLeft: number | null;
  /** How much of the step has passed, 0 to 1. */
  fraction: number;
  /** The unit shown after the number, in the form that number takes: "1 second", "2 seconds". */
  unit: (seconds: number) => string;
  untimed?: string;
  /** Shown under the number, e.g. "Paused". */
  note?: string;
  size?: number;
}

/** A large countdown in whole seconds inside a progress ring, readable from a step away. */
export function Countdown({ label, msLeft, fraction, unit, untimed, note, size = 300 }: CountdownProps) {
  const labelId = useId();
  const seconds = msLeft === null ? null : Math.ceil(msLeft / 1000);
  return (
    <div class="countdown">
      <Ring fraction={fraction} size={size} stroke={14}>
        <div>
          <p class="countdown-label" id={labelId}>
            {label}
          </p>
          {seconds === null ? (
            <p class="countdown-untimed">{untimed}</p>
          ) : (
            <p class="countdown-number" role="timer" aria-labelledby={labelId}>
              <span class="countdown-value">{formatNumber(seconds)}</span>{' '}
              <span class="countdown-unit">{unit(seconds)}</span>
            </p>
          )}
          {note && <p class="countdown-note">{note}</p>}
        </div>
      </Ring>
    </div>
  );
}
