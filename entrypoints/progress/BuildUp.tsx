import { i18n } from '#i18n';
import type { BlockRun } from '@/utils/domain/buildup';

interface BuildUpProps {
  run: BlockRun;
  suggested: number;
  onApply: (minutes: number) => void;
}

/** Offers a longer block once the current length has become easy; the person decides. */
export function BuildUp({ run, suggested, onApply }: BuildUpProps) {
  return (
    <section class="card buildup" aria-labelledby="buildup-heading">
      <h2 id="buildup-heading">{i18n.t('progress.buildUpHeading')}</h2>
      <p>{i18n.t('progress.buildUpBody', [String(run.inARow), String(run.minutes), String(suggested)])}</p>
      <button type="button" class="primary" onClick={() => onApply(suggested)}>
        {i18n.t('progress.buildUpApply', [String(suggested)])}
      </button>
    </section>
  );
}
