import { defineConfig } from 'vitest/config';
import { middayZone } from './tests/e2e/midday-zone.ts';

export default defineConfig({
  test: {
    environment: 'node',
    env: { TZ: middayZone() },
    include: ['tests/e2e/firefox/**/*.test.ts'],
    testTimeout: 150_000,
    hookTimeout: 60_000,
    // The slow files mostly wait for Firefox's clock; two browsers at once fit on two cores.
    maxWorkers: 2,
    pool: 'forks',
  },
});
