/** How pages talk to the background: typed commands, typed replies, never a thrown error. */
import { browser } from '#imports';
import type { Command, Reply } from '@/utils/domain/protocol';

/** Sends a command; a background that cannot be reached or fails answers `{ ok: false }`. */
export async function send(command: Command): Promise<Reply> {
  try {
    const reply = (await browser.runtime.sendMessage(command)) as Reply | undefined;
    return reply ?? { ok: false, error: 'No reply from the background.' };
  } catch (error) {
    return { ok: false, error: String(error) };
  }
}
