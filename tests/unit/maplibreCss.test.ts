/**
 * MapLibre's stylesheet trimmed to what the app uses (scripts/vite/maplibreCss.ts): on a hand-made sheet, exactly
 * the rules for unused controls go; on the installed maplibre-gl.css, every rule the map, markers, attribution and
 * handlers need stays, and nothing dropped is used in src/.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { UNUSED_CLASS, trimMaplibreCss } from '../../scripts/vite/maplibreCss';

describe('trimMaplibreCss on a made-up sheet', () => {
  it('drops selectors naming an unused class, rules and @media left empty, and @keyframes no kept rule names', () => {
    const css =
      '.maplibregl-map{overflow:hidden}' +
      '.maplibregl-canvas-container.maplibregl-interactive,.maplibregl-ctrl-group button.maplibregl-ctrl-compass{cursor:grab}' +
      'a.maplibregl-ctrl-logo{background-image:url("data:image/svg+xml;charset=utf-8,%3Csvg fill=\'{}\'%3E")}' +
      '@media(forced-colors:active){a.maplibregl-ctrl-logo{color:red}}' +
      '@media screen{.maplibregl-ctrl-attrib.maplibregl-compact{margin:10px}.maplibregl-popup{display:flex}}' +
      '.maplibregl-ctrl-group:not(:empty),.maplibregl-popup-tip{box-shadow:none}' +
      '@keyframes maplibregl-spin{0%{transform:rotate(0)}to{transform:rotate(1turn)}}' +
      '.maplibregl-ctrl-geolocate-waiting{animation:maplibregl-spin 2s}' +
      '@keyframes kept-spin{0%{opacity:0}}.maplibregl-marker{animation:kept-spin 1s}';
    const { css: out, dropped } = trimMaplibreCss(css);
    expect(out).toBe(
      '.maplibregl-map{overflow:hidden}' +
        '.maplibregl-canvas-container.maplibregl-interactive{cursor:grab}' +
        '@media screen{.maplibregl-ctrl-attrib.maplibregl-compact{margin:10px}}' +
        '.maplibregl-ctrl-group:not(:empty){box-shadow:none}' +
        '@keyframes kept-spin{0%{opacity:0}}.maplibregl-marker{animation:kept-spin 1s}',
    );
    expect(dropped).toEqual([
      '.maplibregl-ctrl-group button.maplibregl-ctrl-compass',
      'a.maplibregl-ctrl-logo',
      'a.maplibregl-ctrl-logo',
      '.maplibregl-popup',
      '.maplibregl-popup-tip',
      '.maplibregl-ctrl-geolocate-waiting',
    ]);
  });
});

describe('the installed maplibre-gl.css', () => {
  const original = readFileSync('node_modules/maplibre-gl/dist/maplibre-gl.css', 'utf8');
  const { css, dropped } = trimMaplibreCss(original);

  it('keeps every rule the map, its markers, the compact attribution and the interaction handlers rely on', () => {
    for (const rule of [
      '.maplibregl-map{',
      '.maplibregl-canvas{',
      '.maplibregl-canvas-container.maplibregl-interactive{',
      '.maplibregl-canvas-container.maplibregl-interactive:active{',
      '.maplibregl-canvas-container.maplibregl-touch-drag-pan,',
      '.maplibregl-canvas-container.maplibregl-touch-zoom-rotate,',
      '.maplibregl-ctrl-bottom-right{',
      '.maplibregl-ctrl{',
      '.maplibregl-ctrl-bottom-right .maplibregl-ctrl{',
      '.maplibregl-ctrl-group{',
      '.maplibregl-ctrl.maplibregl-ctrl-attrib{',
      '.maplibregl-ctrl-attrib.maplibregl-compact{',
      '.maplibregl-ctrl-attrib.maplibregl-compact-show{',
      '.maplibregl-ctrl-attrib-button{',
      '.maplibregl-ctrl-attrib-button:focus,',
      '.maplibregl-ctrl-attrib a{',
      '.maplibregl-attrib-empty{',
      '.maplibregl-marker{',
      '.maplibregl-boxzoom{',
      '.maplibregl-crosshair,',
    ]) {
      expect(css, rule).toContain(rule);
    }
    // the attribution button's "i" icon, also in forced-colors mode
    expect(css.match(/background-image:url\("data:image\/svg\+xml/g)).toHaveLength(3);
    expect(css).toContain('@media screen and (forced-colors:active){.maplibregl-ctrl-attrib.maplibregl-compact:after');
  });

  it('drops the logo, the unused controls, popups and the user-location dot, and is under a quarter of the size', () => {
    for (const cls of ['maplibregl-ctrl-logo', 'maplibregl-ctrl-zoom-in', 'maplibregl-ctrl-compass', 'maplibregl-ctrl-fullscreen', 'maplibregl-ctrl-geolocate', 'maplibregl-ctrl-globe', 'maplibregl-ctrl-terrain', 'maplibregl-popup', 'maplibregl-user-location-dot', 'maplibregl-ctrl-scale']) {
      expect(original).toContain(cls);
      expect(css).not.toContain(cls);
    }
    expect(css.length).toBeLessThan(original.length / 4);
  });

  it('src/ uses none of what is dropped: no class named there, no control or option that would create one', () => {
    const files = readdirSync('src', { recursive: true }).map((f) => join('src', String(f))).filter((f) => /\.(tsx?|css)$/.test(f));
    const source = files.map((f) => readFileSync(f, 'utf8')).join('\n');
    const classes = new Set(dropped.flatMap((s) => [...s.matchAll(/\.(maplibregl-[-a-z]+)/g)].map((m) => m[1]!)).filter((c) => UNUSED_CLASS.test(c)));
    expect(classes.size).toBeGreaterThan(20);
    for (const c of classes) expect(source, c).not.toContain(c);
    // what src/ takes from maplibre-gl: no control and no Popup; and no option or call that adds one
    const imported = [...source.matchAll(/import\s*(?:type\s*)?\{([^}]*)\}\s*from\s*'maplibre-gl'/g)].flatMap((m) => m[1]!.split(',').map((n) => n.trim().replace(/^type\s+/, '').split(/\s+as\s+/)[0]!));
    expect(imported).toContain('Marker');
    expect(imported.filter((n) => /Control$|^Popup$/.test(n))).toEqual([]);
    expect(source).not.toMatch(/\b(addControl|maplibreLogo|cooperativeGestures)\b|\.Popup\b|Control\(/);
  });
});
