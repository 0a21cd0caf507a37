import type { HandlerTable } from '../bridge/handler-table';
import type { ReviewPipeline } from './review-pipeline';

type ReviewCallName = Extract<keyof HandlerTable, `review/${string}`>;

/** The bridge handlers of the review namespace. */
export function createReviewHandlers(pipeline: ReviewPipeline): Pick<HandlerTable, ReviewCallName> {
  return {
    'review/get': ({ id }) => pipeline.get(id),
    'review/start': ({ id, force }) => pipeline.start(id, force),
    'review/cancel': ({ id }) => pipeline.cancel(id),
  };
}
