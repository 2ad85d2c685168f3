/**
 * Fetches a JSON file of the site once per page: a file asked for again (a town chosen again, a
 * list opened again, two saved items in one file) comes from the same request. A failed request is
 * forgotten, so the next ask tries the network again. Used by the finder island and My list.
 */
const requests = new Map<string, Promise<unknown>>();

export function loadJson<T>(url: string): Promise<T> {
  if (!requests.has(url)) {
    const request = fetch(url).then((r) => (r.ok ? r.json() : Promise.reject(new Error(String(r.status)))));
    request.catch(() => requests.delete(url));
    requests.set(url, request);
  }
  return requests.get(url) as Promise<T>;
}
