/**
 * The town page's "keep offline" button: fetches the town's list of pages
 * (/<locale>/towns/<town>/offline.json), stores each page and the stylesheets and scripts those
 * pages load in Cache Storage (the caches the service worker answers from when offline), and
 * reports progress. Nothing happens until the reader taps.
 */
import { assetsOfPage, cacheKey, cacheNames } from '../lib/offline/cache';

const box = document.querySelector<HTMLElement>('[data-keep-town]');
const canKeep = 'serviceWorker' in navigator && 'caches' in window && window.isSecureContext;
// The box is on screen from the first paint; a browser that could not keep pages loses it.
if (box && !canKeep) box.hidden = true;
if (box && canKeep) {
  const button = box.querySelector<HTMLButtonElement>('[data-keep]')!;
  const status = box.querySelector<HTMLElement>('[data-keep-status]')!;
  const numbers = new Intl.NumberFormat(document.documentElement.lang);

  button.addEventListener('click', async () => {
    button.disabled = true;
    let done = 0;
    let failed = 0;
    let total = 0;
    const progress = () => {
      status.textContent = (box.dataset.saving ?? '').replace('{done}', numbers.format(done)).replace('{total}', numbers.format(total));
    };
    try {
      const list = (await (await fetch(box.dataset.keepTown!, { credentials: 'omit' })).json()) as { urls: string[] };
      const [pages, assets] = await Promise.all([caches.open(cacheNames.pages), caches.open(cacheNames.assets)]);
      const needed = new Set<string>();
      const queue = [...list.urls];
      total = queue.length;
      progress();
      const keepNext = async (): Promise<void> => {
        for (let url = queue.shift(); url; url = queue.shift()) {
          try {
            const response = await fetch(url, { credentials: 'omit' });
            if (!response.ok) throw new Error(String(response.status));
            if ((response.headers.get('content-type') ?? '').includes('text/html')) {
              for (const asset of assetsOfPage(await response.clone().text())) needed.add(asset);
            }
            await pages.put(cacheKey(new URL(url, location.href)), response);
          } catch {
            failed++;
          }
          done++;
          progress();
        }
      };
      // Three at a time: quick on a good connection, gentle on a weak one.
      await Promise.all([keepNext(), keepNext(), keepNext()]);
      for (const asset of needed) {
        const key = cacheKey(new URL(asset, location.href));
        if (await assets.match(key)) continue;
        try {
          const response = await fetch(asset);
          if (response.ok) await assets.put(key, response);
          else failed++;
        } catch {
          failed++;
        }
      }
      status.textContent = (failed ? box.dataset.failed : box.dataset.kept) ?? '';
    } catch {
      status.textContent = box.dataset.failed ?? '';
    } finally {
      button.disabled = false;
    }
  });
}
