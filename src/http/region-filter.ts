/**
 * The one region filter of every list (`regionCode`, a code prefix), narrowed to the reader's jurisdiction the way
 * the feed narrows it: none asked → the jurisdiction; a region inside it → that region; a wider one (a township
 * reviewer asking for its county) → the jurisdiction itself, so the reader gets its own rows; a region disjoint
 * from it → null, which every list answers as an empty list (`total: 0`), never 404 or 403.
 */
export const narrowRegion = (asked: string | undefined, jurisdiction: string): string | null => {
  if (asked === undefined) return jurisdiction;
  if (asked.startsWith(jurisdiction)) return asked;
  if (jurisdiction.startsWith(asked)) return jurisdiction;
  return null;
};
