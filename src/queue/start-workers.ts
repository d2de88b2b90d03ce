import type { Worker } from 'bullmq';
import { fetchPage } from '../crawlers/fetcher';
import { startArticleWorker, type ArticleWorkerOptions, type FetchPage } from './article-worker';
import type { Politeness } from './politeness';
import { createPoliteness } from './redis-politeness';
import { startReextractWorker } from './reextract';
import type { QueueRuntime } from './runtime';

export interface RunningWorkers {
  articles: Worker;
  reextract: Worker;
  all: Worker[];
}

export interface StartWorkersOptions {
  /** the real fetcher and politeness unless replaced */
  fetchPage?: FetchPage;
  politeness?: Politeness;
  workerOptions?: ArticleWorkerOptions;
}

/** Workers for both queues on one runtime: what `newsfacts worker` and `newsfacts run` start. */
export function startWorkers(runtime: QueueRuntime, options: StartWorkersOptions = {}): RunningWorkers {
  const articles = startArticleWorker(
    runtime.redis,
    {
      config: runtime.config,
      store: runtime.store,
      fetchPage: options.fetchPage ?? fetchPage,
      politeness: options.politeness ?? createPoliteness(runtime.redis, runtime.config),
    },
    options.workerOptions,
  );
  const reextract = startReextractWorker(runtime.redis, runtime.store, runtime.config);
  return { articles, reextract, all: [articles, reextract] };
}
