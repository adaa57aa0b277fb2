import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import type { Context } from 'koa';
import type { OutputOptions, RollupOptions } from 'rollup';

/** A file's bytes as served: as is, gzip and brotli, with one validator for all three. */
export interface CompressedFile {
  identity: Buffer;
  gzip: Buffer;
  brotli: Buffer;
  etag: string;
}

/** Compresses a file once, at the best levels: it is served many times. */
export function compressFile(identity: Buffer): CompressedFile {
  return {
    identity,
    gzip: gzipSync(identity, { level: 9 }),
    brotli: brotliCompressSync(identity, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: identity.byteLength } }),
    // Weak: the same validator stands for the identity, gzip and brotli bytes of one version.
    etag: `W/"${createHash('sha256').update(identity).digest('base64url').slice(0, 22)}"`,
  };
}

/**
 * Answers with a compressed file: 304 when the client's copy is fresh, else brotli whenever
 * accepted (smaller than gzip), whatever order the client lists them in, then gzip, then as is.
 * Headers such as Cache-Control and the content type are the caller's to set first.
 */
export function sendCompressed(ctx: Context, file: CompressedFile): void {
  ctx.set({ ETag: file.etag, Vary: 'Accept-Encoding' });
  ctx.status = 200;
  if (ctx.fresh) {
    ctx.status = 304;
    return;
  }
  const encoding = ['br', 'gzip'].find((candidate) => ctx.acceptsEncodings(candidate) === candidate);
  if (encoding === 'br' || encoding === 'gzip') ctx.set('Content-Encoding', encoding);
  ctx.body = encoding === 'br' ? file.brotli : encoding === 'gzip' ? file.gzip : file.identity;
}

/**
 * Builds a bundle with rollup's JS API into a temporary folder inside `distDir`, then renames
 * the files into place one by one with `lastFile` last, so a server or test reading `distDir`
 * meanwhile sees the old files or the new ones, never half a file, and never the file that
 * names the others before they are there.
 */
export async function buildBundleInto(options: RollupOptions & { output: OutputOptions }, distDir: string, lastFile: string): Promise<void> {
  // Imported on demand: rollup is a build tool, only needed when no bundle was shipped.
  const { rollup } = await import('rollup');
  const bundle = await rollup(options);
  try {
    const { output } = await bundle.generate(options.output);
    await mkdir(distDir, { recursive: true });
    const staging = await mkdtemp(join(distDir, '.build-'));
    try {
      const files = output.map((file) => ({ name: file.fileName, content: file.type === 'chunk' ? file.code : file.source }));
      files.sort((a, b) => Number(a.name === lastFile) - Number(b.name === lastFile));
      for (const file of files) {
        const staged = join(staging, file.name);
        await mkdir(dirname(staged), { recursive: true });
        await writeFile(staged, file.content);
        await mkdir(dirname(join(distDir, file.name)), { recursive: true });
        await rename(staged, join(distDir, file.name));
      }
    } finally {
      await rm(staging, { recursive: true, force: true });
    }
  } finally {
    await bundle.close();
  }
}
