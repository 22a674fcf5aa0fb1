// Benchmarks: `npx jest --config test/bench/jest.config.js --runInBand <name>`. Not part of `npm test`.
const preset = require('../../jest.preset.js');

// Measure libraries as a deployment runs them (the Dockerfile sets NODE_ENV=production): graphql-js's
// development-only duplicate-module check alone costs tens of ms per large answer. The app under test
// still gets `production: false` from createTestApp (introspection on), so the benchmark can list fields.
process.env.NODE_ENV = 'production';

module.exports = {
  ...preset,
  rootDir: '.',
  globalSetup: '../support/globalSetup.ts',
  globalTeardown: '../support/globalTeardown.ts',
  testMatch: ['**/*.bench.ts'],
  testTimeout: 3_600_000,
};
