// The per-article extraction cache on disk: DIR/.kg-cache/<version>/<2 hex>/<key>.json, one file per article.
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, ArticleExtraction } from '../types.js';
import type { MentionInfo } from '../resolve/index.js';
import { contentKey, decodeEntry, encodeEntry } from './codec.js';
import { decodePrepared, type PreparedCode } from './prepared.js';
import { extractorVersion, resolverVersion } from './version.js';

/** Folder of the cache inside an output folder. */
export const CACHE_FOLDER = '.kg-cache';
/** Characters of the version naming its folder. */
const VERSION_CHARS = 16;

/** What a build did with the cache. */
export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries that were found but not trusted (each reported in `warnings`). */
  rejected: number;
  /** Entries of articles no longer in the input, and folders of other versions, removed. */
  pruned: number;
}

/**
 * An extraction cache for one extractor version. Entries of other versions are removed when it is
 * opened; entries not used by this build are removed by `prune()`. Writes are atomic (temp + rename).
 */
export class ExtractionCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, rejected: 0, pruned: 0 };
  readonly warnings: string[] = [];
  private readonly used = new Set<string>();
  private readonly keys = new WeakMap<Article, string>();
  private broken = false;
  private readonly folder: string;

  /** Prepared mentions read with the entries, until resolution takes them (preparedOf). */
  private readonly prepared = new WeakMap<ArticleExtraction, (MentionInfo | null)[]>();

  private constructor(
    root: string,
    private readonly version: string,
    private readonly resolver: string,
  ) {
    this.folder = join(root, version.slice(0, VERSION_CHARS));
    mkdirSync(this.folder, { recursive: true });
    for (const other of readdirSync(root)) {
      if (other === version.slice(0, VERSION_CHARS)) continue;
      rmSync(join(root, other), { recursive: true, force: true });
      this.stats.pruned++;
    }
  }

  /**
   * Opens (creates) the cache in `outDir/.kg-cache` for `version` (default: the extractor's); prepared
   * mentions are read back only when written by `resolver` (default: the resolver's version).
   */
  static open(outDir: string, version: string = extractorVersion(), resolver: string = resolverVersion()): ExtractionCache {
    return new ExtractionCache(join(outDir, CACHE_FOLDER), version, resolver);
  }

  /** True when the cache has an entry for `article` (not yet read or checked); counts a miss otherwise. */
  contains(article: Article): boolean {
    const present = existsSync(this.pathOf(this.keyOf(article)));
    if (!present) this.stats.misses++;
    return present;
  }

  /** The cached extraction of `article`, or undefined (missing, or rejected with a warning). */
  lookup(article: Article): ArticleExtraction | undefined {
    const key = this.keyOf(article);
    const path = this.pathOf(key);
    let json: string;
    try {
      json = readFileSync(path, 'utf8');
    } catch {
      this.stats.misses++;
      return undefined;
    }
    const decoded = decodeEntry(json, article, this.version, key);
    if (typeof decoded === 'string') {
      this.stats.rejected++;
      this.warnings.push(`cache entry ${path} for ${article.path} is not trusted: ${decoded}; re-extracted`);
      return undefined;
    }
    this.stats.hits++;
    const { extraction, prepared } = decoded;
    if (prepared?.version === this.resolver) {
      const infos = decodePrepared(extraction.mentions, prepared.mentions);
      if (typeof infos === 'string') this.warnings.push(`cache entry ${path} for ${article.path}: ${infos}; prepared again`);
      else this.prepared.set(extraction, infos);
    }
    return extraction;
  }

  /** The prepared mentions read with this extraction's entry (handed over once: resolution changes them). */
  preparedOf(extraction: ArticleExtraction): (MentionInfo | null)[] | undefined {
    const infos = this.prepared.get(extraction);
    this.prepared.delete(extraction);
    return infos;
  }

  /**
   * Stores an extraction, with its prepared mentions when given (replacing any entry for the same
   * content: an entry is written again once resolution has prepared its mentions). The cache is an optimisation: a
   * write that fails (disk full, the folder moved by a concurrent export) is reported once and the
   * build goes on without storing more.
   */
  store(extraction: ArticleExtraction, prepared?: PreparedCode[]): void {
    if (this.broken) return;
    const key = this.keyOf(extraction.article);
    const path = this.pathOf(key);
    const tmp = `${path}.${process.pid}.tmp`;
    try {
      mkdirSync(join(this.folder, key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, encodeEntry(extraction, this.version, key, prepared && { version: this.resolver, mentions: prepared }));
      renameSync(tmp, path);
    } catch (err) {
      this.broken = true;
      rmSync(tmp, { force: true });
      this.warnings.push(`cache ${this.folder} not written: ${(err as Error).message}; the next build extracts these articles again`);
    }
  }

  /** Removes the entries (and stray temp files) this build neither read nor wrote; returns how many. */
  prune(): number {
    if (this.broken) return 0;
    let removed = 0;
    try {
      for (const shard of readdirSync(this.folder)) {
        for (const file of readdirSync(join(this.folder, shard))) {
          if (file.endsWith('.json') && this.used.has(file.slice(0, -'.json'.length))) continue;
          rmSync(join(this.folder, shard, file), { force: true });
          removed++;
        }
      }
    } catch (err) {
      this.warnings.push(`cache ${this.folder} not pruned: ${(err as Error).message}`);
    }
    this.stats.pruned += removed;
    return removed;
  }

  /** The article's content key, marked as used by this build (computed once per article object). */
  private keyOf(article: Article): string {
    let key = this.keys.get(article);
    if (key === undefined) {
      key = contentKey(article);
      this.keys.set(article, key);
      this.used.add(key);
    }
    return key;
  }

  private pathOf(key: string): string {
    return join(this.folder, key.slice(0, 2), `${key}.json`);
  }
}
