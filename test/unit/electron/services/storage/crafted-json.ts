// Crafted JSON files of issue 13, item 4: valid JSON whose every element is wrong, so a validator
// that reports every problem makes an issue per field.

/** A transcript.json of `mb` MB whose every word has every field of the wrong type. */
export function craftedTranscript(mb: number): string {
  const word = '{"text":1,"start":"a","end":"b","p":"c","charStart":"d","charEnd":"e"}';
  const count = Math.floor((mb * 1e6) / (word.length + 1));
  const words = new Array(count).fill(word).join(',');
  return `{"version":1,"text":"x","words":[${words}],"segments":[],"audioDurationSec":1,"noSpeech":false,"language":"en","model":"m","createdAt":"x"}`;
}

/** An analysis.json of `mb` MB: a flags array of elements with every field wrong. */
export function craftedAnalysis(mb: number): string {
  const flag = '{"kind":1,"start":"a","end":"b","text":2,"reason":3}';
  const count = Math.floor((mb * 1e6) / (flag.length + 1));
  return `{"version":1,"flags":[${new Array(count).fill(flag).join(',')}]}`;
}
