import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';

describe('test set-up', () => {
  it('reads the English strings with substitutions', () => {
    expect(i18n.t('title.sitting', ['24', '6'])).toBe('On ball: 24\u00a0min left, posture check in 6\u00a0min');
  });
});
