import { useNavigation } from '../app/navigation';
import { useModelInUse } from '../settings/use-model-in-use';

/** Before recording: says so when no speech model is installed (the answer could be recorded but
 * not transcribed) and links to Settings, where one is added. */
export function ModelCheck() {
  const { model } = useModelInUse();
  const { navigate } = useNavigation();
  if (!model || model.path) return null;
  return (
    <div className="notice notice-warning model-check" role="status">
      <span>
        No speech model is installed yet: you can record, but the answer cannot be transcribed or
        reviewed until you add one.
      </span>
      <button type="button" className="button" onClick={() => navigate({ screen: 'settings' })}>
        Add a speech model in Settings
      </button>
    </div>
  );
}
