/** How pages talk to the background: typed commands, typed replies. */
import { browser } from '#imports';
import type { Command, Reply } from '@/utils/domain/commands';

export async function send(command: Command): Promise<Reply> {
  const reply = (await browser.runtime.sendMessage(command)) as Reply | undefined;
  return reply ?? { ok: false, error: 'No reply from the background.' };
}
