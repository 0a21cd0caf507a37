import type { HandlerTable } from '../bridge/handler-table';
import type { ModelManager } from './model-manager';

type ModelCallName = Extract<keyof HandlerTable, `models/${string}`>;

/** The bridge handlers of the models namespace, backed by one ModelManager. */
export function createModelHandlers(models: ModelManager): Pick<HandlerTable, ModelCallName> {
  return {
    'models/list': () => models.list(),
    'models/download': ({ modelId }) => models.startDownload(modelId),
    'models/cancel': ({ modelId }) => models.cancel(modelId),
    'models/use-existing-file': ({ path }) => models.useExistingFile(path),
    'models/set-default': ({ modelId }) => models.setDefault(modelId),
    'models/remove': ({ modelId }) => models.remove(modelId),
    'models/verify': ({ modelId }) => models.verify(modelId),
  };
}
