// One vitest run covers unit tests beside the code (src/**) and real-browser tests (test/**).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'bench/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Browser tests start real browsers: keep them from fighting over two cores.
    fileParallelism: true,
    maxWorkers: 2,
  },
});
