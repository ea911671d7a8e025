import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

interface Chunk {
  type: 'chunk';
  fileName: string;
  code: string;
  isEntry: boolean;
  imports: string[];
  moduleIds: string[];
}

/**
 * Reports the JavaScript a browser loads for the first screen (the entry, everything it imports
 * statically, and the sign-in route's chunk), gzipped, and fails the build above the limit.
 */
export function firstScreenSize(options: { limitKb: number; firstScreenModule: string }): Plugin {
  return {
    name: 'first-screen-size',
    apply: 'build',
    writeBundle(output, bundle) {
      const chunks = new Map<string, Chunk>();
      for (const [name, item] of Object.entries(bundle)) if (item.type === 'chunk') chunks.set(name, item as unknown as Chunk);
      const seen = new Set<string>();
      const visit = (name: string) => {
        if (seen.has(name)) return;
        const chunk = chunks.get(name);
        if (!chunk) return;
        seen.add(name);
        chunk.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      for (const chunk of chunks.values()) if (chunk.moduleIds.some((id) => id.includes(options.firstScreenModule))) visit(chunk.fileName);
      const files = [...seen].map((name) => ({ file: name, gzipBytes: gzipSync(chunks.get(name)?.code ?? '', { level: 9 }).length }));
      const total = files.reduce((sum, f) => sum + f.gzipBytes, 0);
      const report = { firstScreenJsGzipBytes: total, limitBytes: options.limitKb * 1024, files };
      if (output.dir) writeFileSync(join(output.dir, 'size-report.json'), `${JSON.stringify(report, null, 2)}\n`);
      const kb = (total / 1024).toFixed(1);
      this.info(`first screen JavaScript: ${kb} kB gzipped (limit ${options.limitKb} kB) in ${files.length} files`);
      if (total > options.limitKb * 1024) this.error(`first screen JavaScript is ${kb} kB gzipped, over the ${options.limitKb} kB limit`);
    },
  };
}
