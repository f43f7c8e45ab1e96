import { Ball, Drawing, Head } from './Drawing';

/** On the back, calves on the ball, rolling it side to side. */
export function Rotation({ label }: { label: string }) {
  return (
    <Drawing label={label}>
      <Ball cx={190} cy={110} r={30} />
      <Head cx={32} cy={129} />
      <line x1="46" y1="133" x2="118" y2="133" />
      <polyline points="118,133 146,96 200,82 207,70" />
      <g stroke="var(--muted)" stroke-width="2.5">
        <path d="M164 58 Q190 40 216 58" />
        <polyline points="160,48 164,58 174,56" />
        <polyline points="206,56 216,58 220,48" />
      </g>
    </Drawing>
  );
}
