/** The summary's headline without the engine's length prefix ("41 s, short. ", "99 s,
 * on-target. "): wherever it shows, the take's length is already written beside it in the shared
 * definition ("0:41 spoken · 49 s under 1:30"), and the band's code name is not for reading. */
export function fixHeadline(headline: string): string {
  return headline.replace(/^\d+ s(?: \(estimated\))?, (?:short|on-target|long)\. /, '');
}
