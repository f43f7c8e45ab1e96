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
  /**
   * The time as the reader's language writes it, with `number` where the number goes and the
   * unit in the form that number takes: "1 second", "2 seconds", "2秒".
   */
  inWords: (seconds: number, number: string) => string;
  untimed?: string;
  /** Shown under the number, e.g. "Paused". */
  note?: string;
  size?: number;
}

/** Stands for the number in the words, so the number can be drawn large between them. */
const NUMBER = '\uE000';

/** A large countdown in whole seconds inside a progress ring, readable from a step away. */
export function Countdown({ label, msLeft, fraction, inWords, untimed, note, size = 300 }: CountdownProps) {
  const labelId = useId();
  const seconds = msLeft === null ? null : Math.ceil(msLeft / 1000);
  const [before = '', after = ''] = seconds === null ? [] : inWords(seconds, NUMBER).split(NUMBER);
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
              {before && <span class="countdown-unit">{before}</span>}
              <span class="countdown-value">{formatNumber(seconds)}</span>
              {after && <span class="countdown-unit">{after}</span>}
            </p>
          )}
          {note && <p class="countdown-note">{note}</p>}
        </div>
      </Ring>
    </div>
  );
}
