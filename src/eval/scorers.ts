import type { Scorer } from './types';
import { evaluateAeb } from './aeb';
import { evaluateDatesSet } from './dates-set';
import { evaluateFundus } from './fundus';
import { evaluateNewsGold, evaluateOwnGold, ownGoldDir } from './news-gold';
import { evaluatePolnear } from './polnear';
import { evaluateRecognizers } from './recognizers';

/**
 * Every evaluation set `npm run eval` scores, by name, with the folder under ../shared/eval it reads (an
 * absolute folder for a set kept in the repository).
 */
export const SCORERS: { name: string; folder: string; run: Scorer }[] = [
  { name: 'aeb', folder: 'aeb', run: evaluateAeb },
  { name: 'dates', folder: 'dates', run: evaluateDatesSet },
  { name: 'fundus', folder: 'fundus', run: evaluateFundus },
  { name: 'news-gold', folder: 'news-gold', run: evaluateNewsGold },
  { name: 'own-gold', folder: ownGoldDir(), run: evaluateOwnGold },
  { name: 'polnear', folder: 'quotes/polnear', run: evaluatePolnear },
  { name: 'recognizers', folder: 'specs/recognizers', run: evaluateRecognizers },
];
