/** One score of one evaluation set, as `npm run eval` prints and pins it. */
export interface EvalScore {
  /** the evaluation set: "aeb", "dates", "fundus", "news-gold", "polnear", "recognizers" */
  set: string;
  /** the metric: "body F1", "day accuracy", "figures F1", ... */
  metric: string;
  /** between 0 and 1 */
  value: number;
  /** the published number this compares with, as text: "trafilatura 0.958" */
  published?: string;
  /** the worst cases or error classes, for the closing note and for debugging */
  details?: string[];
}

/** A scorer reads its gold set by path under `evalDir` (../shared/eval) and never copies it. */
export type Scorer = (evalDir: string) => Promise<EvalScore[]>;
