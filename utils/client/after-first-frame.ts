/**
 * A module a page loads once its first frame is drawn. Once loaded, `use` runs with it at once,
 * in the same task: a message sent as the page closes still goes out, which waiting for
 * `import()` again would not allow. `use` takes the module object as a whole: names destructured
 * from it would be taken for auto-imports and bundled with the first frame.
 */
export function afterFirstFrame<M>(load: () => Promise<M>): <T>(use: (module: M) => T | Promise<T>) => Promise<T> {
  let loaded: M | undefined;
  let loading: Promise<M> | undefined;
  return async (use) => {
    if (loaded) return use(loaded);
    loading ??= load().then((module) => {
      loaded = module;
      return module;
    });
    return use(await loading);
  };
}
