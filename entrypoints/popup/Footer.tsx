import { i18n } from '#i18n';
import { browser } from '#imports';

function openSettings(event: MouseEvent) {
  event.preventDefault();
  browser.runtime.openOptionsPage().then(
    () => window.close(),
    (error: unknown) => console.warn('Could not open the settings', error),
  );
}

function openProgress(event: MouseEvent) {
  event.preventDefault();
  browser.tabs.create({ url: browser.runtime.getURL('/progress.html') }).then(
    () => window.close(),
    (error: unknown) => console.warn('Could not open the progress page', error),
  );
}

/** The way to the settings and the progress page, and the keyboard shortcut as the browser has it assigned. */
export function Footer({ shortcut }: { shortcut: string }) {
  return (
    <footer class="foot">
      <nav class="links">
        <a href="/options.html" onClick={openSettings}>
          {i18n.t('popupUi.settings')}
        </a>
        <a href="/progress.html" onClick={openProgress}>
          {i18n.t('popupUi.progress')}
        </a>
      </nav>
      <p class="hint">
        {shortcut ? (
          <>
            {i18n.t('popupUi.shortcut')} <kbd>{shortcut}</kbd>
          </>
        ) : (
          i18n.t('popupUi.shortcutUnset')
        )}
      </p>
    </footer>
  );
}
