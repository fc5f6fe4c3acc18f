/**
 * Where "Save comparison" sends a signed-out visitor back to after signing in: a page that finishes the save.
 * Kept apart from ./limits (zod schemas) so the button, a client component, does not ship zod (~30 KB gzip).
 */
export function saveReturnPath(slugs: string[], title: string) {
  return `/saved/new?${new URLSearchParams({ slugs: slugs.join(","), title })}`;
}
