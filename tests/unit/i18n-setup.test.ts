import { describe, expect, it } from 'vitest';
import { i18n } from '#i18n';

describe('test set-up', () => {
  it('reads the English strings with substitutions', () => {
    expect(i18n.t('popup.minutesLeft', ['24'])).toBe('24 min left');
  });
});
