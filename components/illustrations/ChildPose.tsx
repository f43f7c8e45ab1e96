import { Ball, Drawing, Head } from './Drawing';

/** Kneeling, one forearm on the ball, sitting back toward the heels. */
export function ChildPose({ label }: { label: string }) {
  return (
    <Drawing label={label}>
      <Ball cx={58} cy={112} r={28} />
      <Head cx={98} cy={101} />
      <polyline points="204,138 150,138 186,112 112,92" />
      <line x1="112" y1="92" x2="44" y2="82" />
      <polyline points="112,94 130,122 164,128" stroke-width="3" />
    </Drawing>
  );
}
