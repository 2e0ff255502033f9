/**
 * MapLibre's worker (it tiles the region outlines) is started by the first module the entry imports, before React,
 * zod and the rest of the app are evaluated: on a slow machine the worker's own start-up (download, compile,
 * evaluate ~0.5 MB) is on the first frame's critical path, and this way it runs beside the app's script evaluation
 * instead of after it. It is started whatever the first view is (a page without a map pays one idle worker).
 */
import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

setWorkerUrl(workerUrl);
if (typeof Worker === 'function' && typeof window !== 'undefined') prewarm();
