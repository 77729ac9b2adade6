import { defineConfig } from 'vite';

/** The tab is served by the bot under /tab/; hashed assets there are cached for good. */
export default defineConfig({
  root: import.meta.dirname,
  base: '/tab/',
  logLevel: 'warn',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
