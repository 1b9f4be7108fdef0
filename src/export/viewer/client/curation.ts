// Curation edits made in the page and the YAML file they become (pure), read by `kg build --aliases`.

/** One edit, by display names (the curation file speaks in names, not node keys). */
export type CurationEdit =
  | { op: 'merge'; keep: string; keepType: string; other: string; otherAliases: string[] }
  | { op: 'distinct'; a: string; b: string }
  | { op: 'type'; name: string; type: string }
  | { op: 'drop'; name: string };

/** One merge group of the file. */
export interface MergeGroup {
  name: string;
  type: string;
  aliases: string[];
}

/** The command shown next to the download. */
export const REBUILD_COMMAND = 'kg build <inputs> --aliases curation.yaml';

/** Merge groups from the merge edits: a name merged into a group brings its own group along. */
export function mergeGroups(edits: readonly CurationEdit[]): MergeGroup[] {
  const groupOf = new Map<string, MergeGroup>();
  const groups: MergeGroup[] = [];
  for (const e of edits) {
    if (e.op !== 'merge' || e.keep === e.other) continue;
    let keep = groupOf.get(e.keep);
    if (!keep) {
      keep = { name: e.keep, type: e.keepType, aliases: [] };
      groups.push(keep);
      groupOf.set(e.keep, keep);
    }
    const other = groupOf.get(e.other);
    const moved = other && other !== keep ? [other.name, ...other.aliases] : [e.other, ...e.otherAliases];
    if (other && other !== keep) groups.splice(groups.indexOf(other), 1);
    for (const n of moved) {
      if (n !== keep.name && !keep.aliases.includes(n)) keep.aliases.push(n);
      groupOf.set(n, keep);
    }
  }
  return groups;
}

const PLAIN = /^[\p{L}\p{N}][\p{L}\p{N} .'’&()/_-]*$/u;
const RESERVED = /^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?)$/i;

/** A YAML scalar: plain when that reads back as the same string, else double-quoted (JSON quoting is valid YAML). */
export function yamlString(s: string): string {
  return PLAIN.test(s) && !RESERVED.test(s) && s === s.trim() ? s : JSON.stringify(s);
}

const flow = (names: readonly string[]) => `[${names.map(yamlString).join(', ')}]`;

/** The curation file for the edits, in the documented shape (sections left out when empty). */
export function curationYaml(edits: readonly CurationEdit[]): string {
  const lines = ['# news-kg curation file', `# Rebuild with: ${REBUILD_COMMAND}`];
  const groups = mergeGroups(edits);
  if (groups.length) {
    lines.push('merge:');
    for (const g of groups) {
      lines.push(`  - name: ${yamlString(g.name)}`);
      if (g.type) lines.push(`    type: ${yamlString(g.type)}`);
      lines.push(`    aliases: ${flow(g.aliases)}`);
    }
  }
  const distinct = edits.flatMap((e) => (e.op === 'distinct' ? [[e.a, e.b]] : []));
  if (distinct.length) lines.push('distinct:', ...distinct.map((p) => `  - ${flow(p)}`));
  const types = new Map(edits.flatMap((e) => (e.op === 'type' ? [[e.name, e.type] as const] : [])));
  if (types.size) lines.push('type:', ...[...types].map(([n, t]) => `  ${yamlString(n)}: ${yamlString(t)}`));
  const drop = [...new Set(edits.flatMap((e) => (e.op === 'drop' ? [e.name] : [])))];
  if (drop.length) lines.push(`drop: ${flow(drop)}`);
  return `${lines.join('\n')}\n`;
}

/** One line describing an edit, for the list in the page. */
export function describeEdit(e: CurationEdit): string {
  if (e.op === 'merge') return `${e.other} is the same as ${e.keep}`;
  if (e.op === 'distinct') return `${e.a} is not the same as ${e.b}`;
  if (e.op === 'type') return `${e.name} is a ${e.type}`;
  return `${e.name} is not an entity`;
}
