import { defineConfig } from 'vitest/config';

// Files that mock modules or change the process's time zone run each in a fresh process;
// the rest share their workers' processes (isolate: false). Starting a process and loading
// its modules for each of ~190 files took more than half of the unit tests' time on CI's two
// cores (252 s in all, against 101 s without). Every test still gets a fresh IndexedDB (setup.ts).
const ISOLATED = ['test/unit/electron/**/*.test.ts', 'test/unit/dates/timeZones.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    setupFiles: ['test/unit/setup.ts'],
    testTimeout: 30000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'shared-process',
          include: ['test/unit/**/*.test.ts', 'test/cli/**/*.test.ts'],
          exclude: ISOLATED,
          isolate: false,
        },
      },
      { extends: true, test: { name: 'isolated', include: ISOLATED } },
    ],
  },
});
