/**
 * Verbs that show the capitalized words next to them are a speaker ("..., said Syed Junaid Imam", "Ahmad noted
 * that"): a cue that a run of capitalized words is a person. Lower case, inflected forms as written.
 */
export const SPEECH_CUES: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'notes', 'explained',
  'stressed', 'emphasised', 'emphasized', 'remarked', 'observed', 'announced', 'claimed', 'warned', 'urged',
  'highlighted', 'maintained', 'informed', 'pointed', 'asserted', 'argued', 'responded', 'replied', 'asked',
  'confirmed', 'revealed', 'acknowledged', 'expressed', 'hailed', 'praised', 'thanked', 'launched', 'termed',
  'called', 'elaborated', 'underscored', 'reiterated', 'assured', 'spoke', 'presided', 'chaired', 'welcomed',
  'commented', 'disclosed', 'insisted', 'suggested', 'proposed', 'recalled', 'admitted', 'denied', 'wrote',
  'tweeted', 'shared', 'addressed', 'addressing', 'speaking', 'stressing', 'noting', 'adding', 'according',
]);
