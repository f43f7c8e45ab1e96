import './switch.css';
import type { Ref } from 'preact';

interface SwitchProps {
  label: string;
  checked: boolean;
  /** While a change is in flight the switch keeps its focus but ignores presses. */
  busy?: boolean;
  onToggle: (next: boolean) => void;
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * An on/off switch. A native button, so Enter and Space work everywhere; `aria-disabled`
 * rather than `disabled` while busy, because disabling the focused control drops keyboard focus.
 */
export function Switch({ label, checked, busy = false, onToggle, buttonRef }: SwitchProps) {
  return (
    <button
      ref={buttonRef}
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      aria-disabled={busy || undefined}
      onClick={() => {
        if (!busy) onToggle(!checked);
      }}
    >
      <span class="switch-label">{label}</span>
      <span class="switch-track" aria-hidden="true">
        <span class="switch-thumb" />
      </span>
    </button>
  );
}
