// Shared jest settings: SWC compiles TypeScript (with decorator metadata for NestJS/TypeORM) and
// workspace packages resolve to their sources, so tests never need a prior build.
const path = require('node:path');

const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
      keepClassNames: true,
    },
    module: { type: 'commonjs', ignoreDynamic: true },
  },
];

module.exports = {
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  moduleNameMapper: {
    '^@leerlus/sql$': path.join(__dirname, 'sql/src/index.ts'),
    '^@leerlus/sql/(.*)$': path.join(__dirname, 'sql/src/$1'),
    '^@leerlus/etl$': path.join(__dirname, 'etl/src/index.ts'),
    '^@leerlus/etl/(.*)$': path.join(__dirname, 'etl/src/$1'),
  },
  clearMocks: true,
  testEnvironment: 'node',
};
