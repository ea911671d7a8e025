import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { firstScreenSize } from './scripts/first-screen-size.ts';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The web app, built into dist/web, which the API serves at `/`. JSX goes through Vite's own
 * transform (automatic runtime): @vitejs/plugin-react would add a Babel 8 peer that conflicts here,
 * and fast refresh is the only thing it would add.
 */
export default defineConfig({
  root,
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'react' } },
  build: {
    outDir: fileURLToPath(new URL('../../dist/web', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 700, // the gate that matters is first-screen-size below
    rolldownOptions: {
      // The design system's icons are marked "use client" (a React Server Components hint); meaningless in an SPA.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  plugins: [firstScreenSize({ limitKb: 250, firstScreenModule: '/features/sign-in/' })],
  server: { proxy: { '/api': 'http://localhost:3000', '/health': 'http://localhost:3000' } },
});
