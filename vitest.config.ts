import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The CLI tests start real processes that load the wink-nlp model.
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
