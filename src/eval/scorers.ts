import type { Scorer } from './types';
import { evaluateNewsGold } from './news-gold';
import { evaluateRecognizers } from './recognizers';

/** Every evaluation set `npm run eval` scores, by name, with the folder under ../shared/eval it reads. */
export const SCORERS: { name: string; folder: string; run: Scorer }[] = [
  { name: 'news-gold', folder: 'news-gold', run: evaluateNewsGold },
  { name: 'recognizers', folder: 'specs/recognizers', run: evaluateRecognizers },
];
