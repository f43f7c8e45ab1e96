import { i18n } from '#i18n';
import { type Arrow, stepArrows } from './step-arrows';

function arrowName(arrow: Arrow): string {
  return arrow === 'ArrowRight' ? i18n.t('stretchPage.rightArrow') : i18n.t('stretchPage.leftArrow');
}

/** The line that says which keys pause, skip and go back, with the arrows the page's direction gives them. */
export function KeysHint() {
  const { skip, back } = stepArrows();
  return <p class="hint">{i18n.t('stretchPage.keysHint', [arrowName(skip), arrowName(back)])}</p>;
}
