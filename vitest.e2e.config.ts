import { configDefaults, defineConfig } from 'vitest/config';
import { middayZone } from './tests/e2e/midday-zone.ts';

export default defineConfig({
  // Test helpers build their data with the extension's own modules.
  resolve: { alias: { '@': import.meta.dirname } },
  test: {
    environment: 'node',
    env: { TZ: middayZone() },
    include: ['tests/e2e/**/*.test.ts'],
    // Firefox has its own harness and configuration.
    exclude: [...configDefaults.exclude, 'tests/e2e/firefox/**'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    pool: 'forks',
  },
});
