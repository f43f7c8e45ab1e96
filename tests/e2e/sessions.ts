import type { Extension } from './harness';

/** Puts the background where a block has just ended, through its own storage. */
export async function storeBlockDone(ext: Extension, lastBlockMinutes = 30): Promise<void> {
  const session = {
    phase: 'blockDone',
    block: null,
    pause: null,
    since: Date.now(),
    lastBlockMinutes,
    cueIndex: 0,
    postureOpen: false,
  };
  await ext.evalWorker((value) => chrome.storage.local.set({ session: value }), session);
}
