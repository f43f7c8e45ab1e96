import { useRef, useState } from 'preact/hooks';
import { errorStatus, type FieldStatus, IDLE, SAVED } from '../FieldMessage';

export interface FieldStatusControl {
  status: FieldStatus;
  /** Shows a status at once, and makes any save still under way too old to be shown. */
  show: (status: FieldStatus) => void;
  /**
   * Waits for a save and shows its outcome, unless something newer was shown meanwhile:
   * an earlier save that answers late must not cover a later result. Resolves to the
   * reason the save failed, `null` when it worked, or `'superseded'`.
   */
  settle: (save: Promise<string | null>) => Promise<string | null | 'superseded'>;
}

export function useFieldStatus(): FieldStatusControl {
  const [status, setStatus] = useState<FieldStatus>(IDLE);
  const latest = useRef(0);
  const show = (next: FieldStatus) => {
    latest.current += 1;
    setStatus(next);
  };
  const settle = async (save: Promise<string | null>) => {
    latest.current += 1;
    const mine = latest.current;
    const problem = await save;
    if (mine !== latest.current) return 'superseded';
    setStatus(problem === null ? SAVED : errorStatus(problem));
    return problem;
  };
  return { status, show, settle };
}
