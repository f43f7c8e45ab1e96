import type { ComponentChildren } from 'preact';

interface DrawingProps {
  label: string;
  children: ComponentChildren;
}

/**
 * Frame shared by the exercise drawings: line art in the text colour, so it follows the light
 * and dark themes; the ball is drawn with the `Ball` piece in the accent colour.
 */
export function Drawing({ label, children }: DrawingProps) {
  return (
    <svg
      class="drawing"
      viewBox="0 0 240 150"
      role="img"
      aria-label={label}
      fill="none"
      stroke="currentColor"
      stroke-width="4"
      stroke-linecap="round"
      stroke-linejoin="round"
    >
      <line x1="6" y1="141" x2="234" y2="141" stroke="var(--muted)" stroke-width="2" />
      {children}
    </svg>
  );
}

export function Ball({ cx, cy, r }: { cx: number; cy: number; r: number }) {
  return (
    <g stroke="var(--accent)">
      <circle cx={cx} cy={cy} r={r} stroke-width="3" />
      <path
        d={`M${cx - r * 0.6} ${cy - r * 0.35} Q${cx} ${cy - r * 0.7} ${cx + r * 0.6} ${cy - r * 0.35}`}
        stroke-width="2"
      />
    </g>
  );
}

export function Head({ cx, cy }: { cx: number; cy: number }) {
  return <circle cx={cx} cy={cy} r="10" />;
}
