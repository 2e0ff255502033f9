/**
 * MapLibre's stylesheet without the rules for controls the app never adds. maplibre-gl.css is 10 KB gzip on the
 * first screen, most of it inline SVG icons: the MapLibre logo alone is ~4 KB, then geolocate, fullscreen, globe,
 * terrain, zoom/compass, popups. The app adds a compact attribution control and markers, nothing else
 * (src/map/MapView.tsx), so those rules are dropped when the file is loaded — from the installed package, so an
 * upgrade is picked up; tests/unit/maplibreCss.test.ts checks the rules the app needs stay and that src/ uses none
 * of what is dropped. The import line stays `import 'maplibre-gl/dist/maplibre-gl.css'`.
 */
import type { Plugin } from 'vite';

/**
 * Class names MapLibre puts only on what these features create: the logo (maplibreLogo option), NavigationControl,
 * FullscreenControl, GlobeControl, TerrainControl, GeolocateControl (with its user-location dot), ScaleControl,
 * Popup and the cooperativeGestures option. A selector naming one of them is dropped (prefix match).
 */
export const UNUSED_CLASS =
  /^maplibregl-(ctrl-(logo|zoom-in|zoom-out|compass|fullscreen|shrink|globe|terrain|geolocate|scale)|pseudo-fullscreen|user-location|popup|cooperative-gesture|mobile-message)/;

interface Block {
  prelude: string;
  body: string;
}

/** Top-level `prelude{body}` blocks of a (minified or not) stylesheet; braces inside strings and comments are skipped. */
function blocks(css: string): Block[] {
  const out: Block[] = [];
  let depth = 0;
  let start = 0;
  let open = 0;
  for (let i = 0; i < css.length; i++) {
    const c = css[i];
    if (c === '"' || c === "'") {
      for (i++; i < css.length && css[i] !== c; i++) if (css[i] === '\\') i++;
    } else if (c === '/' && css[i + 1] === '*') {
      i = css.indexOf('*/', i + 2);
      if (i < 0) break;
      i++;
    } else if (c === '{') {
      if (depth++ === 0) open = i;
    } else if (c === '}' && --depth === 0) {
      out.push({ prelude: css.slice(start, open).replace(/\/\*[\s\S]*?\*\//g, '').trim(), body: css.slice(open + 1, i) });
      start = i + 1;
    }
  }
  return out;
}

/** Split a selector list at top-level commas (not inside :not(…), :is(…) or [attr="a,b"]). */
function selectors(list: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i];
    if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      out.push(list.slice(from, i).trim());
      from = i + 1;
    }
  }
  out.push(list.slice(from).trim());
  return out;
}

const classesOf = (selector: string) => [...selector.matchAll(/\.(-?[_a-zA-Z][-_a-zA-Z0-9]*)/g)].map((m) => m[1]!);
const unused = (selector: string) => classesOf(selector).some((c) => UNUSED_CLASS.test(c));

/** Rules kept as they were, selectors naming an unused class dropped, then @media blocks and @keyframes left without use. */
export function trimMaplibreCss(css: string): { css: string; dropped: string[] } {
  const dropped: string[] = [];
  const rules = (text: string): string =>
    blocks(text)
      .map(({ prelude, body }) => {
        if (prelude.startsWith('@media') || prelude.startsWith('@supports')) {
          const inner = rules(body);
          return inner ? `${prelude}{${inner}}` : '';
        }
        if (prelude.startsWith('@')) return `${prelude}{${body}}`;
        const all = selectors(prelude);
        const kept = all.filter((s) => !unused(s));
        dropped.push(...all.filter(unused));
        return kept.length ? `${kept.join(',')}{${body}}` : '';
      })
      .join('');
  const trimmed = rules(css);
  // @keyframes only the dropped rules named (the geolocate spinner and pulse)
  const kept = blocks(trimmed)
    .filter(({ prelude }) => {
      const name = /^@(?:-webkit-)?keyframes\s+(\S+)/.exec(prelude)?.[1];
      return name === undefined || trimmed.split(name).length > 2;
    })
    .map(({ prelude, body }) => `${prelude}{${body}}`)
    .join('');
  return { css: kept, dropped };
}

const MAPLIBRE_CSS = /\/maplibre-gl\/dist\/maplibre-gl\.css(\?|$)/;

/** Serves the trimmed stylesheet wherever maplibre-gl.css is imported (build and dev). */
export function maplibreCssPlugin(): Plugin {
  return {
    name: 'inspiratiekaart-maplibre-css',
    enforce: 'pre',
    transform(code, id) {
      if (!MAPLIBRE_CSS.test(id.replace(/\\/g, '/'))) return null;
      return { code: trimMaplibreCss(code).css, map: null };
    },
  };
}
