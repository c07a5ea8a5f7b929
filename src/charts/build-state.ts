import { createContext, startTransition, useContext, useEffect, useState } from 'react';

/**
 * True while the tree renders the state its page was prerendered in: at build time, and in the
 * browser from hydration until the app has adopted the page (then false, in a transition; see
 * AppRouter in app/start.tsx). What the build cannot know — the screen's width, dark mode — is
 * read after: hydration must match the markup.
 */
export const BuildStateContext = createContext(false);

/**
 * A value of the reader's browser (a media query, say), `atBuild` while the tree renders the
 * build's state. The browser's value follows in a transition, so a phone's narrow layout
 * re-renders in slices after hydration instead of in one blocking task — which is what
 * useSyncExternalStore does when its client and server snapshots differ.
 */
export function useClientValue<T>(
  atBuild: T,
  read: () => T,
  subscribe: (onChange: () => void) => () => void,
): T {
  const fromBuild = useContext(BuildStateContext);
  const [value, setValue] = useState(() => (fromBuild ? atBuild : read()));
  useEffect(() => {
    const update = () => startTransition(() => setValue(read()));
    update();
    return subscribe(update);
  }, [read, subscribe]);
  return value;
}
