import type { HandlerTable } from '../bridge/handler-table';
import type { ModelInUse } from './model-choice';
import type { ReviewPipeline } from './review-pipeline';

type ReviewCallName = Extract<keyof HandlerTable, `review/${string}`>;

/** The bridge handlers of the review namespace; `model` says which speech model is in use. */
export function createReviewHandlers(
  pipeline: ReviewPipeline,
  model: () => Promise<ModelInUse>,
): Pick<HandlerTable, ReviewCallName> {
  return {
    'review/model': () => model(),
    'review/get': ({ id }) => pipeline.get(id),
    'review/start': ({ id, force }) => pipeline.start(id, force),
    'review/cancel': ({ id }) => pipeline.cancel(id),
  };
}
