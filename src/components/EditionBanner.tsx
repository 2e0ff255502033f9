/**
 * The regional edition on screen: its title and intro under the header, its accent colour, and — when its own
 * figures are illustrative — a warning that says so. Text from an edition file is shown as text only.
 */
import { useEffect } from 'react';
import { useStore } from '../state/store';
import { EDITIONS, BUILD_EDITION } from '../edition/editions';
import { useT } from '../i18n/useT';

export function useEdition() {
  const id = useStore((s) => s.view.edition);
  return id ? EDITIONS.get(id) : undefined;
}

export function EditionBanner() {
  const t = useT();
  const lang = useStore((s) => s.view.lang);
  const edition = useEdition();
  const manifestEdition = useStore((s) => (s.data.state === 'ready' ? s.data.dataset.manifest.edition : undefined));
  const accent = edition?.colours?.accent;
  useEffect(() => {
    if (!accent) return;
    document.documentElement.style.setProperty('--accent', accent);
    return () => {
      document.documentElement.style.removeProperty('--accent');
    };
  }, [accent]);
  if (!edition) return null;
  // the data of this build belongs to this edition (its own site), or the edition was opened with ed= on another build
  const ownData = manifestEdition?.id === edition.id || BUILD_EDITION === edition.id;
  const demo = edition.demo || (ownData && manifestEdition?.demo);
  return (
    <section className="edition-banner" aria-label={t('edition.label', { title: edition.title[lang] })}>
      <p>
        <strong>{edition.title[lang]}</strong> · {edition.intro[lang]}
      </p>
      {demo ? (
        <p className="edition-demo" role="note">
          {t('edition.demo')}
        </p>
      ) : null}
      {!ownData && edition.extra.length ? <p className="muted">{t('edition.extraElsewhere', { n: edition.extra.length })}</p> : null}
    </section>
  );
}
