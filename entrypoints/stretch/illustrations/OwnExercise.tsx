import { Ball, Drawing } from './Drawing';

/** A person's own exercise: just the ball on the floor, since any pose drawn could be the wrong one. */
export function OwnExercise({ label }: { label: string }) {
  return (
    <Drawing label={label}>
      <Ball cx={120} cy={103} r={38} />
    </Drawing>
  );
}
