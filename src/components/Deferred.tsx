/**
 * Code that only a few people use (QR, exports, compare, route, table, workbench) is split out of the first
 * screen's JavaScript and fetched when it is first shown. While it arrives the place says so in words.
 */
import { Suspense, lazy, type ComponentType, type ReactNode } from 'react';
import { useT } from '../i18n/useT';

/** React.lazy for a named export. */
export function lazyNamed<M, K extends keyof M>(load: () => Promise<M>, name: K): M[K] {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- React.lazy is typed for any props; the caller keeps M[K]
  return lazy(async () => ({ default: (await load())[name] as ComponentType<any> })) as unknown as M[K];
}

function Loading() {
  const t = useT();
  return (
    <p className="muted" role="status">
      {t('app.loading')}
    </p>
  );
}

/** Suspense with the app's "loading" text as fallback. */
export function Deferred({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Loading />}>{children}</Suspense>;
}
