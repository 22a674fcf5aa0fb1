// `npm test` runs every workspace's tests plus the cross-package tests in test/. One PostgreSQL
// (embedded, or TEST_DATABASE_URL) serves all of them; each test file gets its own database.
const { availableParallelism } = require('node:os');
const preset = require('./jest.preset');

const nodeProject = (name, testMatch) => ({
  ...preset,
  displayName: name,
  rootDir: name,
  testMatch,
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/bench/'],
});

module.exports = {
  globalSetup: './test/support/globalSetup.ts',
  globalTeardown: './test/support/globalTeardown.ts',
  testSequencer: './test/support/testSequencer.js',
  testTimeout: 60_000,
  // jest's default (cores − 1) runs a 2-core CI machine in band, one file at a time. The tests spend
  // much of their time waiting for PostgreSQL, a Leerlus instance or Chromium, so two workers keep
  // both cores busy; larger machines keep the default.
  maxWorkers: Math.max(2, availableParallelism() - 1),
  // Browser and server tests can leave a keep-alive socket behind for a moment; don't hang CI on it.
  forceExit: true,
  projects: [
    nodeProject('sql', ['<rootDir>/src/**/*.spec.ts']),
    nodeProject('etl', ['<rootDir>/src/**/*.spec.ts']),
    nodeProject('api', ['<rootDir>/src/**/*.spec.ts']),
    require('./web/jest.config.cjs'),
    nodeProject('test', ['<rootDir>/**/*.spec.ts']),
  ],
};
