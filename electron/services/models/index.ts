export { ModelManager, type ModelManagerOptions } from './model-manager';
