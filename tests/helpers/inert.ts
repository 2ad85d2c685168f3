/**
 * Checks that editor text stayed text in a built output: no HTML element or attribute made from
 * it, no spreadsheet formula in a CSV cell, no XML broken by it. Each returns a list of problems
 * (empty when the output is fine), so a test can report all of them at once.
 */
import { HtmlValidate, Rule, StaticConfigLoader, type DOMReadyEvent } from 'html-validate';

/**
 * What hostile text would have created if it had become markup: `marker` is a word the hostile
 * text holds (as `marker()` in script and handlers, `data-marker` as an attribute name).
 */
function inertRule(marker: string) {
  return class InertEditorText extends Rule {
    setup() {
      this.on('dom:ready', (event: DOMReadyEvent) => {
        for (const el of event.document.querySelectorAll('*')) {
          for (const attr of el.attributes) {
            const value = typeof attr.value === 'string' ? attr.value : '';
            if (attr.key.includes(marker)) this.report(el, `attribute ${attr.key} made from editor text`);
            if (/^on/i.test(attr.key) && value.includes(`${marker}(`)) this.report(el, `event handler ${attr.key} made from editor text`);
            if (/^(?:href|src|action)$/i.test(attr.key) && /^\s*(?:javascript|data|vbscript):/i.test(value)) {
              this.report(el, `${attr.key} with a script URL`);
            }
          }
          const type = el.getAttribute('type');
          const json = typeof type?.value === 'string' && /json/.test(type.value);
          if (el.tagName === 'script' && !json && el.textContent.includes(`${marker}(`)) this.report(el, 'script made from editor text');
          if (el.tagName === 'img' && el.getAttribute('src')?.value === 'x') this.report(el, 'image made from editor text');
        }
      });
    }
  };
}

/** Problems where editor text holding `marker` became HTML elements or attributes. */
export async function htmlMarkupFromText(html: string, marker: string, name: string): Promise<string[]> {
  const plugin = { name: 'inert', rules: { 'inert/editor-text': inertRule(marker) } };
  const validator = new HtmlValidate(new StaticConfigLoader({ plugins: [plugin], rules: { 'inert/editor-text': 'error' } }));
  const report = await validator.validateString(html, name);
  return report.results.flatMap((r) => r.messages.map((m) => `${name}:${m.line}:${m.column} ${m.message}`));
}

/** The cells of an RFC 4180 CSV text (quoted fields, doubled quotes, CRLF or LF line ends). */
export function csvCells(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Cells a spreadsheet would run as a formula: starting with =, +, - or @ and not a plain number. */
export function csvFormulaCells(text: string): string[] {
  return csvCells(text.replace(/^\uFEFF/, ''))
    .flat()
    .filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(?:\.\d+)?$/.test(cell));
}

/**
 * Where an XML text is not well-formed, for the simple documents the site writes (no DTD, no
 * CDATA, no comments): tags nest and match, attribute values are quoted, and text and values
 * hold no raw `<` and no `&` that does not start an entity.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^\uFEFF?<\?xml[^?]*\?>\s*/, '');
  const badAmp = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/g;
  for (const m of body.matchAll(token)) {
    const [, close, name, attrs, selfClose, text, stray] = m;
    if (stray) problems.push(`stray < at ${m.index}`);
    else if (text !== undefined) {
      if (badAmp.test(text)) problems.push(`bare & in text at ${m.index}`);
      if (stack.length === 0 && text.trim()) problems.push(`text outside the root element at ${m.index}`);
    } else if (close) {
      const open = stack.pop();
      if (open !== name) problems.push(`</${name}> closes <${open}> at ${m.index}`);
    } else {
      if (attrs && badAmp.test(attrs)) problems.push(`bare & in an attribute of <${name}> at ${m.index}`);
      if (!selfClose) stack.push(name);
    }
  }
  if (stack.length > 0) problems.push(`unclosed <${stack.join('>, <')}>`);
  return problems;
}
