import { Ball, Drawing, Head } from './Drawing';

/** Forearms on the ball, one straight line from shoulders through hips to ankles. */
export function Plank({ label }: { label: string }) {
  return (
    <Drawing label={label}>
      <Ball cx={62} cy={110} r={30} />
      <Head cx={58} cy={49} />
      <line x1="74" y1="58" x2="66" y2="54" />
      <polyline points="44,80 70,80 74,58" />
      <polyline points="74,58 148,92 214,124 222,139" />
    </Drawing>
  );
}
