import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

// The NestJS API serves GraphQL and /health on port 3000; in dev the Vite server proxies them so the
// browser sees one origin, exactly as in production where the API also serves web/dist.
const api = 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: {
    proxy: { '/graphql': api, '/health': api },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
  },
});
