import { useEffect, useState } from 'preact/hooks';

/** Redraws every second while `on`, so a countdown computed from timestamps stays current. */
export function useEverySecond(on: boolean): void {
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!on) return;
    const timer = setInterval(() => setTick((n) => n + 1), 1000);
    return () => clearInterval(timer);
  }, [on]);
}
