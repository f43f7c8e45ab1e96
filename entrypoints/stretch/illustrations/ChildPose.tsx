import { Ball, Drawing, Head } from './Drawing';

/** Kneeling, one forearm on the ball, sitting back toward the heels. */
export function ChildPose({ label }: { label: string }) {
  return (
    <Drawing label={label}>
      <Ball cx={52} cy={113} r={28} />
      <Head cx={91} cy={105} />
      <line x1="108" y1="92" x2="99" y2="99" />
      <polyline points="196,138 140,138 182,110 108,92" />
      <polyline points="108,92 68,85 38,89" />
      <polyline points="110,96 120,122 152,127" stroke-width="3" />
    </Drawing>
  );
}
