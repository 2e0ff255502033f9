/** Text from an edition file (title, intro) is rendered as text only: every payload of the XSS list stays literal. */
import { describe, expect, it } from 'vitest';
import { act, render } from '@testing-library/react';
import { EDITIONS } from '../../src/edition/editions';
import { EditionBanner } from '../../src/components/EditionBanner';
import { Header } from '../../src/components/Header';
import { useStore } from '../../src/state/store';
import { XSS_PAYLOADS } from '../lib/xssPayloads';

describe('edition title and intro with script payloads', () => {
  it('appear literally in the header and the banner, and make no element', () => {
    const noord = EDITIONS.get('noord')!;
    try {
      for (const [i, p] of XSS_PAYLOADS.entries()) {
        EDITIONS.set(`xss${i}`, { ...noord, id: `xss${i}`, title: { nl: p, en: p }, intro: { nl: `intro ${p}`, en: p } });
        act(() => useStore.getState().actions.setView({ edition: `xss${i}` }));
        const { container, unmount } = render(
          <>
            <Header />
            <EditionBanner />
          </>,
        );
        expect(container.querySelector('.app-edition')!.textContent).toBe(` · ${p}`); // the ' · ' is for screen readers only
        expect(container.querySelector('.edition-banner')!.textContent).toContain(`intro ${p}`);
        expect(container.querySelector('img, script, svg, iframe, details, style, link, meta, body, a[href^="javascript" i]')).toBeNull();
        unmount();
      }
    } finally {
      for (const i of XSS_PAYLOADS.keys()) EDITIONS.delete(`xss${i}`);
      act(() => useStore.getState().actions.setView({ edition: null }));
    }
  });
});
