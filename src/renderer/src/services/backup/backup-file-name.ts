// sikkerhetskopi-YYYY-MM-DD-HHmmss.zip, in Norwegian time, as the officer reads the clock. Seconds
// keep a safety backup taken just before a restore from overwriting a backup from the same minute.
const osloParts = new Intl.DateTimeFormat('nb-NO', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

export function backupFileName(now: Date): string {
  const parts = osloParts.formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  return `sikkerhetskopi-${part('year')}-${part('month')}-${part('day')}-${part('hour')}${part('minute')}${part('second')}.zip`;
}
