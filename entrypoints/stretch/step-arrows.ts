/** The arrow keys that step through a break: forward is the way the page reads. */
import { textDirection } from '@/utils/i18n/locale';

export type Arrow = 'ArrowLeft' | 'ArrowRight';

/** Right skips and Left goes back in a left-to-right page; the other way round in a right-to-left one. */
export function stepArrows(direction: 'ltr' | 'rtl' = textDirection()): { skip: Arrow; back: Arrow } {
  return direction === 'rtl' ? { skip: 'ArrowLeft', back: 'ArrowRight' } : { skip: 'ArrowRight', back: 'ArrowLeft' };
}
