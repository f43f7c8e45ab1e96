import { i18n } from '#i18n';
import type { Background } from '@/components/hooks/useBackground';

/** The one-time offer to space posture checks out, made when they keep going unanswered. */
export function SpaceOutOffer({ busy, run }: { busy: boolean; run: Background['run'] }) {
  const answer = (spaceOut: boolean) => {
    if (!busy) void run({ type: 'answerOffer', spaceOut });
  };
  return (
    <section class="welcome" aria-labelledby="offer-title">
      <h2 id="offer-title">{i18n.t('nudges.offerTitle')}</h2>
      <p>{i18n.t('nudges.offerBody')}</p>
      <div class="actions">
        <button type="button" class="primary" aria-disabled={busy || undefined} onClick={() => answer(true)}>
          {i18n.t('nudges.offerAccept')}
        </button>
        <button type="button" aria-disabled={busy || undefined} onClick={() => answer(false)}>
          {i18n.t('nudges.offerDecline')}
        </button>
      </div>
    </section>
  );
}
