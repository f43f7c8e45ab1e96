import { i18n } from '#i18n';

/** The safety points, shown in full before the first break and behind a link after. */
export function SafetyPoints() {
  return (
    <ul class="safety-points">
      <li>{i18n.t('stretchPage.safetyDoctor')}</li>
      <li>{i18n.t('stretchPage.safetyPain')}</li>
      <li>{i18n.t('stretchPage.safetyAdvanced')}</li>
      <li>{i18n.t('stretchPage.safetyGeneral')}</li>
    </ul>
  );
}

export function SafetyScreen({ onAcknowledge }: { onAcknowledge: () => void }) {
  return (
    <section class="panel safety" aria-labelledby="safety-title">
      <h2 id="safety-title">{i18n.t('stretchPage.safetyTitle')}</h2>
      <SafetyPoints />
      <button type="button" class="primary big" onClick={onAcknowledge}>
        {i18n.t('stretchPage.safetyAcknowledge')}
      </button>
    </section>
  );
}

export function SafetyNotes() {
  return (
    <details class="safety-notes">
      <summary>{i18n.t('stretchPage.safetyNotes')}</summary>
      <SafetyPoints />
    </details>
  );
}
