// React.lazy that can be loaded ahead of time. Once its module is in, the component renders at
// once instead of suspending: a suspended page shows its fallback, and React then holds the real
// page back for up to 300 ms (its fallback throttle), however soon the module arrives.
import { createElement, lazy, type ComponentType } from 'react';

export interface PreloadableComponent {
  Component: ComponentType;
  /** Starts loading the module (once); resolves when it is in. */
  preload: () => Promise<unknown>;
}

export function preloadableLazy(loader: () => Promise<{ default: ComponentType }>): PreloadableComponent {
  let loaded: ComponentType | undefined;
  let pending: Promise<{ default: ComponentType }> | undefined;
  const preload = () =>
    (pending ??= loader().then(
      (module) => {
        loaded = module.default;
        return module;
      },
      (error: unknown) => {
        // Let a later render or preload try again (a chunk can fail to load once).
        pending = undefined;
        throw error;
      },
    ));
  const Lazy = lazy(preload);
  function Component() {
    return createElement(loaded ?? Lazy);
  }
  return { Component, preload };
}
