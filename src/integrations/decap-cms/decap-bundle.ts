/**
 * Decap's prebuilt bundle from the `decap-cms` npm package (no CDN): which of its files the admin
 * needs, and the patch that makes its i18n folders and language names work for this content.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** The folder of decap-cms's prebuilt bundle. */
function decapDist(): string {
  return path.join(path.dirname(require.resolve('decap-cms/package.json')), 'dist');
}

/**
 * Decap's files the admin needs: the main bundle, the chunks it loads on demand and the
 * WebAssembly they fetch (source maps and the `cms.js` duplicate build stay behind).
 */
export function decapFiles(dist = decapDist()): string[] {
  return fs
    .readdirSync(dist)
    .filter((f) => /^(?:\d+\.)?decap-cms\.js$|^decap-cms\.js\.LICENSE\.txt$|\.wasm$/.test(f))
    .sort();
}

/**
 * Decap's i18n `multiple_folders` paths put the locale before the FIRST `/<slug>` in a path and
 * drop the FIRST `<locale>/`. A town profile (`towns/aurelia/profile/en/aurelia.yml`) has its slug
 * in the town folder too, so Decap would read and write `towns/en/aurelia/…`. The patch makes
 * both act on the file name's own folder, which is what `multiple_folders` means.
 * @throws when the code to patch is not found (a Decap upgrade must re-check this).
 */
export function patchDecapBundle(source: string): string {
  const fixes: [RegExp, (m: RegExpExecArray) => string][] = [
    [
      // getFilePath: return path.replace(`/${slug}`, `/${locale}/${slug}`)
      /case (\w+)\.MULTIPLE_FOLDERS:return (\w+)\.replace\(`\/\$\{(\w+)\}`,`\/\$\{(\w+)\}\/\$\{\3\}`\);/,
      (m) => {
        const [, en, p, slug, locale] = m;
        return `case ${en}.MULTIPLE_FOLDERS:{const cr$i=${p}.lastIndexOf("/"+${slug});return cr$i<0?${p}:${p}.slice(0,cr$i)+"/"+${locale}+${p}.slice(cr$i);}`;
      },
    ],
    [
      // normalizeFilePath: return path.replace(`${locale}/`, '')
      /case (\w+)\.MULTIPLE_FOLDERS:return (\w+)\.replace\(`\$\{(\w+)\}\/`,""\);/,
      (m) => {
        const [, en, p, locale] = m;
        return `case ${en}.MULTIPLE_FOLDERS:{const cr$s="/"+${locale}+"/",cr$j=${p}.lastIndexOf(cr$s);return cr$j<0?${p}:${p}.slice(0,cr$j)+"/"+${p}.slice(cr$j+cr$s.length);}`;
      },
    ],
    [
      // EditorControlPane: each language's pane says which language it edits (`data-locale`), so
      // the admin can make the text fields of right-to-left languages right to left.
      /(\w+)=(\w+)&&\{currentLocale:(\w+),locales:\2,defaultLocale:(\w+)\};return (\w+)\((\w+),\{children:/,
      (m) => {
        const [whole, , , locale] = m;
        return whole.replace(/\{children:$/, `{"data-locale":${locale},children:`);
      },
    ],
    // "Writing in AR", "Fill in data from AR?": the language's name instead of its code.
    ...['writingInLocale', 'copyFromLocaleConfirm'].map((phrase): [RegExp, (m: RegExpExecArray) => string] => [
      new RegExp(`(i18n\\.${phrase}",)\\{locale:(\\w+)\\.toUpperCase\\(\\)\\}`),
      (m) => `${m[1]}{locale:${localeNameCall(m[2], `${m[2]}.toUpperCase()`)}}`,
    ]),
    [
      // The list of languages to write in or copy from: names instead of codes.
      /(function \w+\(\{locales:\w+,dropdownText:\w+,onLocaleChange:\w+\}\)\{return .{0,200}?)label:(\w+),onClick:/,
      (m) => `${m[1]}label:${localeNameCall(m[2], m[2])},onClick:`,
    ],
  ];
  let out = source;
  for (const [pattern, replace] of fixes) {
    const m = pattern.exec(out);
    if (!m)
      throw new Error(
        `decap-cms bundle: code to patch not found (${pattern.source.slice(0, 60)}…); check patchDecapBundle after upgrading decap-cms`,
      );
    out = out.slice(0, m.index) + replace(m) + out.slice(m.index + m[0].length);
  }
  return out;
}

/**
 * The admin script's `window.crossroadsLocaleName(code)` (a site language's name in the admin's
 * language), or `fallback` before the script has defined it.
 */
function localeNameCall(code: string, fallback: string): string {
  return `("function"==typeof window.crossroadsLocaleName?window.crossroadsLocaleName(${code}):${fallback})`;
}

/** The contents of one of Decap's files for the admin, patched where needed. */
export function decapFile(name: string): Buffer | string {
  const file = path.join(decapDist(), name);
  return name === 'decap-cms.js' ? patchDecapBundle(fs.readFileSync(file, 'utf8')) : fs.readFileSync(file);
}
