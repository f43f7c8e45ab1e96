/**
 * A time zone without daylight saving in which it is now about midday. The end-to-end runs give it
 * to the test process and the browsers alike, so a run never crosses local midnight: a test that
 * reads today's history or today's row would otherwise fail when the day turns mid-test.
 */
export function middayZone(now = new Date()): string {
  const hoursAhead = 12 - now.getUTCHours();
  if (hoursAhead === 0) return 'Etc/UTC';
  // These names count the other way round: Etc/GMT-3 is three hours ahead of UTC.
  return `Etc/GMT${hoursAhead > 0 ? '-' : '+'}${Math.abs(hoursAhead)}`;
}
