import { defineConfig } from 'vite';

// Cross-origin isolation: without these two headers the page gets no
// SharedArrayBuffer, and the wasm backend falls back to one thread.
const isolation = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  // Relative asset URLs: the built site works from any folder it is served from.
  base: './',
  server: { headers: isolation },
  preview: { headers: isolation },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // tfjs is large; the chunk warning says nothing useful here.
    chunkSizeWarningLimit: 4096,
  },
});
