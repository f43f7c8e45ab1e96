/**
 * The catalogue on screen decides how numbers, dates and plurals read, and which way the page
 * runs. Read through the browser's own API, as `i18n` does, so a page formats its first frame
 * without waiting for the polyfill.
 */
import { browser } from '@wxt-dev/browser';
import { i18n } from '#i18n';

/**
 * The catalogue's locale, keeping the browser's region when it has one: a reader in Sweden whose
 * browser falls back to English gets English words with Swedish times and week ("en-SE").
 */
export function displayLocale(): string {
  const catalogue = i18n.t('locale') || 'en';
  try {
    const ui = new Intl.Locale(browser.i18n.getUILanguage());
    const shown = new Intl.Locale(catalogue);
    if (ui.language === shown.language) return ui.baseName;
    return ui.region ? new Intl.Locale(shown.language, { region: ui.region }).baseName : shown.baseName;
  } catch {
    return catalogue;
  }
}

export function textDirection(): 'ltr' | 'rtl' {
  return i18n.t('dir') === 'rtl' ? 'rtl' : 'ltr';
}

/** Gives a page the language and direction of the words it shows. */
export function markDocumentLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = displayLocale();
  root.dir = textDirection();
}
