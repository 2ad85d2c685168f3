/**
 * On pages whose state lives in the URL (search, finder, My list), switching language keeps it:
 * the language links get the current query and hash when the reader opens or follows them.
 */
if (document.documentElement.hasAttribute('data-keep-query')) {
  const update = (a: HTMLAnchorElement) => {
    a.href = a.pathname + location.search + location.hash;
  };
  for (const details of document.querySelectorAll<HTMLDetailsElement>('details.lang-switch')) {
    details.addEventListener('toggle', () => details.querySelectorAll('a').forEach(update));
    details.querySelectorAll('a').forEach((a) => a.addEventListener('click', () => update(a)));
  }
}
