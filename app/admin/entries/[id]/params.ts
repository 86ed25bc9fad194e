/** The entry id of an /admin/entries/[id] URL, or null when it is not one. */
export function parseEntryId(value: string): number | null {
  if (!/^\d{1,10}$/.test(value)) return null;
  const id = Number(value);
  return id > 0 && id <= 2_147_483_647 ? id : null;
}
