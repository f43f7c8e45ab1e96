import { i18n } from '#i18n';
import type { BlockRun } from '@/utils/domain/buildup';
import { formatMinutes, formatNumber } from '@/utils/i18n/numbers';
import { plural } from '@/utils/i18n/plural';

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
      <p>
        {plural('progress.buildUpBody', run.inARow, [
          formatNumber(run.inARow),
          formatMinutes(run.minutes),
          formatMinutes(suggested),
        ])}
      </p>
      <button type="button" class="primary" onClick={() => onApply(suggested)}>
        {i18n.t('progress.buildUpApply', [formatMinutes(suggested)])}
      </button>
    </section>
  );
}
