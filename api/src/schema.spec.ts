import { readFile } from 'node:fs/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestApp } from './testing/createTestApp';
import { useTempDirs } from '@leerlus/sql/tempDirs';

const tempDir = useTempDirs();

const COMMITTED_SCHEMA = join(__dirname, '..', 'schema.gql');

// api/schema.gql is the contract the dashboard's generated types are built from; it must match the
// code-first schema. Run with UPDATE_SCHEMA=1 to rewrite it after an intended change.
describe('GraphQL schema file', () => {
  it('should match the schema generated from the resolvers', async () => {
    const schemaFile = join(await tempDir('leerlus-schema-'), 'schema.gql');
    const sut = await createTestApp({ schemaFile });
    await sut.close();
    const generated = await readFile(schemaFile, 'utf8');
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(COMMITTED_SCHEMA, generated);
    expect(await readFile(COMMITTED_SCHEMA, 'utf8')).toBe(generated);
  });
});
