export default async function globalTeardown(): Promise<void> {
  const holder = globalThis as { leerlusTestDatabase?: { stop(): Promise<void> } };
  await holder.leerlusTestDatabase?.stop();
}
