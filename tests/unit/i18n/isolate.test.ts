import { describe, expect, it } from 'vitest';
import { isolate } from '@/utils/i18n/isolate';

describe('isolate', () => {
  it('sets the text apart with a first-strong isolate and its closing mark', () => {
    expect(isolate('Wall push-up')).toBe('\u2068Wall push-up\u2069');
    expect(isolate('تمرين الجدار')).toBe('\u2068تمرين الجدار\u2069');
  });

  it('keeps the text itself as it is', () => {
    expect(isolate('<b>Bird dog</b> (slow)').slice(1, -1)).toBe('<b>Bird dog</b> (slow)');
    expect(isolate('')).toBe('\u2068\u2069');
  });
});
