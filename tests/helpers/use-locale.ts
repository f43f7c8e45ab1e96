/** Shows a test one catalogue with the browser set to one UI language, as Chrome would. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { catalogueMessages, type Messages, messageReader } from './catalogue';

export function showCatalogue(messages: Messages, uiLanguage: string): void {
  Object.assign(fakeBrowser.i18n, { getMessage: messageReader(messages), getUILanguage: () => uiLanguage });
}

/** The catalogue `code` under its own UI language ("pt_BR" shows under "pt-BR"). */
export async function useLocale(code: string): Promise<Messages> {
  const messages = await catalogueMessages(code);
  showCatalogue(messages, code.replace('_', '-'));
  return messages;
}
