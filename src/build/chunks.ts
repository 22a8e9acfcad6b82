import type { Rollup } from 'vite';

type ModuleInfo = (id: string) => Pick<Rollup.ModuleInfo, 'importers'> | null;

/** Whether module `id` is `root`, or imported by it through static imports. */
export function importedBy(id: string, root: string, info: ModuleInfo, seen = new Set<string>()): boolean {
  if (id.endsWith(root)) return true;
  if (seen.has(id)) return false;
  seen.add(id);
  return (info(id)?.importers ?? []).some((importer) => importedBy(importer, root, info, seen));
}
