import { useEffect, useState } from 'preact/hooks';

/** Starts calling `onChange` on each change of what it watches; returns what stops it. */
type Watch = (onChange: () => void) => () => void;

/**
 * What `load` reads, read again on each change a watch reports while the component is
 * mounted; null until the first read. `load` and the watches are read once, on mount.
 */
export function useStoredLoad<T>(load: () => Promise<T>, ...watches: Watch[]): T | null {
  const [loaded, setLoaded] = useState<T | null>(null);
  useEffect(() => {
    let open = true;
    const reload = () =>
      void load().then((value) => {
        if (open) setLoaded(value);
      });
    reload();
    const unwatch = watches.map((watch) => watch(reload));
    return () => {
      open = false;
      for (const stop of unwatch) stop();
    };
  }, []);
  return loaded;
}
