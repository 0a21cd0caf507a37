export { ModelManager, type ModelManagerOptions, type DefaultModelStore } from './model-manager';
export { ModelError } from './model-error';
export { parseGgmlHeader, type GgmlModelInfo } from './ggml-header';
