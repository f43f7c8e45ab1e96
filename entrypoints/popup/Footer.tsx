import { i18n } from '#i18n';
import { live } from './later';

/** Opens another page, then closes the popup. */
function follow(open: (module: typeof import('./live')) => Promise<void>, what: string) {
  return (event: MouseEvent) => {
    event.preventDefault();
    live(open).then(
      () => window.close(),
      (error: unknown) => console.warn(`Could not open ${what}`, error),
    );
  };
}

const openSettings = follow((module) => module.openSettings(), 'the settings');
const openProgress = follow((module) => module.openProgress(), 'the progress page');

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
