/**
 * The share panel (SharePanel.astro): the phone's share sheet or copy-link, switching the link and
 * QR code to the client's language, and "Save to my list" (localStorage, written only on the tap).
 */
import { has, isEmpty, parseStored, serialize, storageKey, toggle, type ListKind } from '../lib/sharing/my-list';

function readList() {
  try {
    return parseStored(localStorage.getItem(storageKey));
  } catch {
    return parseStored(null);
  }
}

for (const panel of document.querySelectorAll<HTMLElement>('[data-share]')) {
  const link = panel.querySelector<HTMLAnchorElement>('[data-share-link]')!;
  const status = panel.querySelector<HTMLElement>('[data-share-status]')!;
  const qr = panel.querySelector<HTMLImageElement>('[data-share-qr]')!;
  const caption = panel.querySelector<HTMLElement>('[data-share-caption]')!;
  const sheet = panel.querySelector<HTMLAnchorElement>('[data-sheet-link]');
  const say = (text: string) => {
    status.textContent = text;
  };
  let current = link.href;

  const native = panel.querySelector<HTMLButtonElement>('[data-share-native]')!;
  if (typeof navigator.share === 'function') {
    native.hidden = false;
    native.addEventListener('click', () => {
      navigator.share({ url: current, title: document.title }).catch(() => undefined);
    });
  }

  const copy = panel.querySelector<HTMLButtonElement>('[data-copy]')!;
  if (navigator.clipboard && typeof navigator.clipboard.writeText === 'function') {
    copy.hidden = false;
    copy.addEventListener('click', () => {
      navigator.clipboard.writeText(current).then(
        () => say(panel.dataset.copied ?? ''),
        () => {
          // Select the link's text so the reader can copy it by hand.
          getSelection()?.selectAllChildren(link);
          say(panel.dataset.copyFailed ?? '');
        },
      );
    });
  }

  // The client's language: the same link, QR code and sheet in that language.
  const chips = [...panel.querySelectorAll<HTMLAnchorElement>('[data-lang]')];
  for (const chip of chips) {
    chip.addEventListener('click', (event) => {
      event.preventDefault();
      const p = panel.dataset;
      const code = chip.dataset.lang!;
      const name = chip.dataset.name!;
      current = p.urlPattern!.replace('{locale}', code);
      link.href = current;
      link.textContent = current;
      qr.loading = 'eager';
      qr.src = p.qrPattern!.replace('{locale}', code);
      qr.alt = p.altPattern!.replace('{language}', name);
      caption.textContent = p.chosenPattern!.replace('{language}', name);
      if (sheet) sheet.setAttribute('href', chip.getAttribute('href')!);
      for (const c of chips) c.toggleAttribute('aria-current', c === chip);
      chip.setAttribute('aria-current', 'true');
      say(caption.textContent);
    });
  }
  // A lazy image below the fold is not loaded yet when the reader prints.
  addEventListener('beforeprint', () => {
    qr.loading = 'eager';
  });

  const save = panel.querySelector<HTMLButtonElement>('[data-save]');
  if (save) {
    const [kind, slug] = save.dataset.save!.split(':') as [ListKind, string];
    const render = () => {
      const saved = has(readList(), kind, slug);
      save.textContent = (saved ? save.dataset.savedLabel : save.dataset.saveLabel) ?? '';
      save.classList.toggle('is-saved', saved);
    };
    render();
    save.hidden = false;
    save.addEventListener('click', () => {
      const next = toggle(readList(), kind, slug);
      try {
        if (isEmpty(next)) localStorage.removeItem(storageKey);
        else localStorage.setItem(storageKey, serialize(next));
      } catch {
        return;
      }
      render();
      say((has(next, kind, slug) ? save.dataset.savedLabel : panel.dataset.removed) ?? '');
    });
    // Another tab may change the list.
    addEventListener('storage', (event) => {
      if (event.key === storageKey) render();
    });
  }
}
