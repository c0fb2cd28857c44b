import { useEffect, useState } from 'preact/hooks';
import { loadSettingsState, watchSettingsState, type SettingsState } from '@/lib/settings/store';

/** The live settings state for a page; re-renders whenever any tab or the policy changes them. */
export function useSettingsState(): SettingsState | undefined {
  const [state, setState] = useState<SettingsState>();
  useEffect(() => {
    void loadSettingsState().then(setState, () => undefined);
    return watchSettingsState(setState);
  }, []);
  return state;
}
