/** How a community of the summary is named on screen: 0 gathers the small clusters. */
export function communityName(id: number): string {
  return id === 0 ? "Other actors" : `Community ${id}`;
}
