// Today's date as YYYY-MM-DD in the officer's own time zone (not UTC: a letter made at 00:30
// is dated today, not yesterday).
export function todayIso(now = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}
