// Jest transformer: SWC for our TypeScript, and for the ES-module-only packages in node_modules
// (NestJS 12, Apollo Server 5, ...) which Jest on Node 20 cannot `require` natively. CommonJS
// files in node_modules pass through untouched.
const { createTransformer } = require('@swc/jest');

const swcOptions = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true, tsx: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'commonjs' },
};
const swc = createTransformer(swcOptions);
const ESM_SYNTAX = /^\s*(import\s*[\w{*'"]|export\s*[\w{*])/m;

function prepare(source, filename) {
  const inNodeModules = filename.includes('/node_modules/');
  if (inNodeModules && !ESM_SYNTAX.test(source)) return null;
  return (
    source
      // In CommonJS `require` already exists; redeclaring it confuses the module transform.
      .replace(/^const require = createRequire\(import\.meta\.url\);$/m, '')
      .replace(/import\.meta\.url/g, "('file://' + __filename)")
      .replace(/import\.meta\.dirname/g, '__dirname')
      .replace(/import\.meta\.filename/g, '__filename')
  );
}

module.exports = {
  canInstrument: false,
  process(source, filename, options) {
    const prepared = prepare(source, filename);
    if (prepared === null) return { code: source };
    return swc.process(prepared, filename, options);
  },
  getCacheKey(source, filename, options) {
    return `esm2:${swc.getCacheKey(source, filename, options)}`;
  },
};
