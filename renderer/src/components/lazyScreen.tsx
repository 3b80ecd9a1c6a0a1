import { lazy, type ComponentType } from 'react';

/** How to load each screen whose code failed to arrive, set again by `retryFailedScreens`. */
const failed = new Set<() => void>();

/**
 * A screen in a chunk of its own, like React.lazy, except that a chunk which failed to arrive (the
 * station dropped out while it loaded) is fetched again after `retryFailedScreens`: React.lazy keeps
 * the first error for good, which would leave the screen broken until a reload.
 */
export function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const make = () =>
    lazy(() =>
      load().then(
        (component) => ({ default: component }),
        (err: unknown) => {
          failed.add(again);
          throw err;
        },
      ),
    );
  let Loaded = make();
  const again = () => {
    Loaded = make();
  };
  return function LazyScreen(props: P) {
    return <Loaded {...props} />;
  };
}

/** Lets every screen whose chunk failed load again on its next render; true when there was one. */
export function retryFailedScreens(): boolean {
  const any = failed.size > 0;
  for (const retry of failed) retry();
  failed.clear();
  return any;
}
