import { build } from 'esbuild';
import { gzipSync } from 'node:zlib';
const r = await build({ stdin: { contents: `import '${process.argv[2]}';`, resolveDir: process.cwd() }, bundle: true, minify: true, format: 'esm', splitting: true, outdir: '/tmp/sz', write: false, metafile: true, logLevel: 'silent', conditions: ['production'] });
for (const [k, out] of Object.entries(r.metafile.outputs)) {
  if (!k.endsWith('.js') || !(out.entryPoint === '<stdin>' || /chunk/.test(k))) continue;
  const f = r.outputFiles.find((o) => o.path.endsWith(k.split('/').pop()));
  console.log(k, out.bytes, 'gz', gzipSync(f.contents, { level: 9 }).length);
  for (const [i, x] of Object.entries(out.inputs).sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput).slice(0, 14)) console.log(String(x.bytesInOutput).padStart(6), i);
}
