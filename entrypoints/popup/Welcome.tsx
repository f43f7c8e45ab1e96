import { i18n } from '#i18n';

/** Shown until dismissed: what the extension does, and the safety note before any exercise. */
export function Welcome({ onDismiss }: { onDismiss: () => void }) {
  return (
    <section class="welcome" aria-labelledby="welcome-title">
      <h2 id="welcome-title">{i18n.t('popupUi.welcomeTitle')}</h2>
      <p>{i18n.t('popupUi.welcomeBody')}</p>
      <p class="safety">{i18n.t('popupUi.welcomeSafety')}</p>
      <button type="button" onClick={onDismiss}>
        {i18n.t('popupUi.welcomeDismiss')}
      </button>
    </section>
  );
}
