import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    // The conformance suite opens real databases; files run in parallel workers but each uses its own schema/file.
    pool: 'forks',
  },
});
