/**
 * Collects the files of a build, validates each with the shared schema, writes them into a temporary
 * folder with data/manifest.json, and only then swaps that folder in place of data/. A failed build
 * leaves data/ untouched.
 */
import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync, existsSync, mkdtempSync } from 'node:fs';
import { dirname, join, resolve, basename } from 'node:path';
import { SCHEMA_VERSION, type DatasetId, type LocalText, type Manifest, type ManifestFile, type SourceEntry } from '../../src/data/schemas';
import { validateFile, describeError } from '../../src/data/validate';
import { sha256 } from './hash';
import { stableJson } from './json';

export interface OutputFile {
  id: DatasetId;
  path: string;
  data: unknown;
  sources: string[];
  rows: number;
  lazy?: boolean;
  /** what the file does not hold in this build, in Dutch and English */
  coverage?: LocalText;
  stats?: Record<string, number | string>;
}

/** Parts of a text joined per language: a coverage note assembled from what a step found. */
export function joinText(parts: readonly LocalText[], separator = ' '): LocalText {
  return { nl: parts.map((p) => p.nl).join(separator), en: parts.map((p) => p.en).join(separator) };
}

export class BuildOutput {
  readonly files: OutputFile[] = [];
  readonly missing: Manifest['missing'] = [];
  /** sources made during the build (e.g. one per source named in an imported CSV), cited like SOURCES */
  readonly extraSources: SourceEntry[] = [];
  /** source id → date of a live download in this build (--online), replacing the static `retrieved` */
  readonly retrieved: Record<string, string> = {};

  add(file: OutputFile) {
    if (this.files.some((f) => f.id === file.id)) throw new Error(`dataset ${file.id} written twice`);
    this.files.push(file);
  }

  /** Validate every file and render the manifest; throws naming the file, row and field on the first invalid one. */
  render(sources: readonly SourceEntry[], generator: string): { path: string; content: string }[] {
    const out: { path: string; content: string }[] = [];
    const entries: ManifestFile[] = [];
    for (const f of [...this.files].sort((a, b) => a.id.localeCompare(b.id))) {
      const content = stableJson(f.data);
      const check = validateFile(f.id, f.path, JSON.parse(content));
      if (!check.ok) throw new Error(`generated ${f.path} does not match its schema: ${check.errors.map(describeError).join('; ')}`);
      out.push({ path: f.path, content });
      entries.push({
        id: f.id,
        path: f.path,
        schemaVersion: SCHEMA_VERSION,
        sources: f.sources,
        rows: f.rows,
        bytes: Buffer.byteLength(content),
        sha256: sha256(content),
        lazy: f.lazy ?? false,
        ...(f.coverage ? { coverage: f.coverage } : {}),
        ...(f.stats ? { stats: f.stats } : {}),
      });
    }
    const used = new Set(entries.flatMap((e) => e.sources));
    const citedSources = [...sources, ...this.extraSources]
      .filter((s) => used.has(s.id))
      .map((s) => (this.retrieved[s.id] ? { ...s, retrieved: this.retrieved[s.id]! } : s))
      .sort((a, b) => a.id.localeCompare(b.id));
    for (const s of used) if (!citedSources.some((c) => c.id === s)) throw new Error(`a file cites unknown source id "${s}"`);
    const latest = citedSources.map((s) => s.retrieved).sort().at(-1) ?? '1970-01-01';
    const manifest: Manifest = {
      schemaVersion: SCHEMA_VERSION,
      buildId: sha256(entries.map((e) => e.sha256).join('')).slice(0, 16),
      // the newest retrieval date, not the clock: a rebuild from the same sources is byte-identical
      generated: latest,
      generator,
      sources: citedSources,
      files: entries,
      missing: this.missing,
    };
    out.push({ path: 'manifest.json', content: JSON.stringify(manifest, null, 1) + '\n' });
    return out;
  }

  /** Write to a temporary sibling of `outDir`, then swap it in. */
  writeAtomically(outDir: string, sources: readonly SourceEntry[], generator: string) {
    const rendered = this.render(sources, generator);
    const target = resolve(outDir);
    const parent = dirname(target);
    mkdirSync(parent, { recursive: true });
    const tmp = mkdtempSync(join(parent, `.${basename(target)}-build-`));
    chmodSync(tmp, 0o755);
    try {
      for (const f of rendered) {
        const p = join(tmp, f.path);
        mkdirSync(dirname(p), { recursive: true });
        writeFileSync(p, f.content);
      }
      const old = `${target}.old-${process.pid}`;
      if (existsSync(target)) renameSync(target, old);
      renameSync(tmp, target);
      rmSync(old, { recursive: true, force: true });
    } catch (e) {
      rmSync(tmp, { recursive: true, force: true });
      throw e;
    }
    return rendered;
  }
}
