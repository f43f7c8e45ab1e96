import { useEffect, useState } from 'preact/hooks';
import { followStored } from '@/utils/client/follow-stored';
import { readNative } from '@/utils/client/native-api';
import { settingsWriter } from '@/utils/client/settings-writer';
import { isRecord } from '@/utils/domain/checks';
import { DEFAULT_SETTINGS, type Settings, sanitizeSettings } from '@/utils/domain/settings';
import { SETTINGS_KEY } from '@/utils/storage/local-keys';

export interface StoredSettings {
  settings: Settings;
  /** Settings whose stored value was unusable and has been reset to its default. */
  repaired: (keyof Settings)[];
  /** Whether what was stored was no settings at all (not an object), so every one was reset. */
  unreadable: boolean;
}

/**
 * The stored settings, sanitized. A tampered or corrupted value is shown as its default,
 * written back so every reader agrees, and reported so the person knows it happened.
 */
export function useStoredSettings(): [StoredSettings | null, () => void] {
  const [state, setState] = useState<StoredSettings | null>(null);

  useEffect(() => {
    const take = (stored: unknown) => {
      void settingsWriter((writes) => writes.sawSettings(stored));
      const { settings, fellBack } = sanitizeSettings(stored);
      // Nothing stored reads as the defaults; something that is no object at all was lost.
      const unreadable = stored != null && !isRecord(stored);
      setState((before) => ({
        settings,
        repaired: [...new Set([...(before?.repaired ?? []), ...fellBack])],
        unreadable: unreadable || (before?.unreadable ?? false),
      }));
      if (unreadable || fellBack.length > 0) void settingsWriter((writes) => writes.updateSettings({}));
    };
    return followStored((items) => items.settingsItem, take, readNative('sync', SETTINGS_KEY, DEFAULT_SETTINGS));
  }, []);

  const dismissRepaired = () =>
    setState((before) => (before ? { ...before, repaired: [], unreadable: false } : before));
  return [state, dismissRepaired];
}
