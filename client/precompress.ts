import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

// Text the browser asks for on a first visit; fonts and images are compressed already.
const COMPRESSIBLE = /\.(?:html|js|mjs|css|json|svg|webmanifest)$/;
// Below a packet's size the encoded copy saves nothing worth a second file.
const MIN_BYTES = 1024;

/**
 * Writes a .br and a .gz beside every compressible hashed file of the build (assets/), compressed
 * once at the highest levels, so the server sends them with Content-Encoding and spends no CPU
 * per request. index.html is small and compressed as it is sent.
 */
export function precompress(): Plugin {
  let assetsDir = 'dist/assets';
  return {
    name: 'cchc-precompress',
    apply: 'build',
    configResolved(config) {
      assetsDir = path.resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    async closeBundle() {
      const entries = await readdir(assetsDir, { recursive: true, withFileTypes: true });
      const files = entries
        .filter((e) => e.isFile() && COMPRESSIBLE.test(e.name))
        .map((e) => path.join(e.parentPath, e.name));
      await Promise.all(
        files.map(async (file) => {
          const raw = await readFile(file);
          if (raw.length < MIN_BYTES) return;
          await writeFile(
            `${file}.br`,
            await brotli(raw, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
                [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
              },
            }),
          );
          await writeFile(`${file}.gz`, await gz(raw, { level: constants.Z_BEST_COMPRESSION }));
        }),
      );
    },
  };
}
