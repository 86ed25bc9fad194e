/**
 * Where the newsroom edits an entry. One place, so the tips screens follow the
 * entry editor if its address changes.
 */
export function entryEditorHref(entryId: number): string {
  return `/admin/entries/${entryId}`;
}

export function tipHref(tipId: number): string {
  return `/admin/tips/${tipId}`;
}
