import { Ball, Drawing, Head } from './Drawing';

/** The ball between the lower back and a wall, sliding down into a squat and back up. */
export function WallSquat({ label }: { label: string }) {
  return (
    <Drawing label={label}>
      <line x1="210" y1="12" x2="210" y2="141" stroke="var(--muted)" stroke-width="3" />
      <Ball cx={187} cy={90} r={22} />
      <Head cx={166} cy={32} />
      <polyline points="164,46 158,100 112,100 116,136 98,139" />
      <line x1="164" y1="52" x2="128" y2="64" />
      <g stroke="var(--muted)" stroke-width="2.5">
        <line x1="60" y1="50" x2="60" y2="110" />
        <polyline points="52,60 60,50 68,60" />
        <polyline points="52,100 60,110 68,100" />
      </g>
    </Drawing>
  );
}
