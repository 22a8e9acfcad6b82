/**
 * Section links: `#<step-id>` opens the story on that step. The hash is untrusted input: it is
 * only ever compared with the known ids, never written to the page.
 */
export function stepFromHash(hash: string, stepIds: readonly string[]): string | null {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw === '' || raw.length > 100) return null;
  let id: string;
  try {
    id = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return stepIds.includes(id) ? id : null;
}

/** The address for a step (or for the top of the story when `stepId` is null), keeping path and query. */
export function addressFor(location: Pick<Location, 'pathname' | 'search'>, stepId: string | null): string {
  return `${location.pathname}${location.search}${stepId ? `#${stepId}` : ''}`;
}
