/** Command-line options shared by the build steps. */
export interface BuildOptions {
  /** folder with the local copies (../shared/sources) */
  sources: string;
  /** read live URLs instead of the local copies */
  online: boolean;
  /** where data/ lives (swapped atomically) */
  out: string;
  /** download cache for --online */
  cache: string;
  /** a region's own CSV files in the import format (docs/import-format.md), `--import <file>` (repeatable) */
  imports: string[];
  /** --online: URL of the ESCO CSV package (ZIP) the ESCO portal made for you; without it ESCO is read locally */
  escoZip?: string;
}

export function parseArgs(argv: string[]): BuildOptions {
  const opts: BuildOptions = { sources: '../shared/sources', online: false, out: 'data', cache: '.cache/downloads', imports: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--sources') opts.sources = next();
    else if (a === '--online') opts.online = true;
    else if (a === '--out') opts.out = next();
    else if (a === '--cache') opts.cache = next();
    else if (a === '--import') opts.imports.push(next());
    else if (a === '--esco-zip') opts.escoZip = next();
    else throw new Error(`unknown option ${a} (known: --sources <dir>, --online, --out <dir>, --cache <dir>, --import <file.csv>, --esco-zip <url>)`);
  }
  return opts;
}
