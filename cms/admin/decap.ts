/**
 * The globals Decap CMS's bundle (decap-cms.js) defines, typed as loosely as the admin uses them.
 * The admin renders with Decap's own React (`h`, `createClass`): a second React would not mix.
 */
export interface DecapGlobal {
  init(options?: { config?: Record<string, unknown> }): void;
  registerPreviewStyle(href: string, options?: { raw?: boolean }): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  registerEventListener(listener: { name: string; handler: (args: any) => unknown }): void;
}

declare global {
  interface Window {
    CMS: DecapGlobal;
    h: (type: any, props?: any, ...children: any[]) => any;
    createClass: (spec: any) => any;
    CMS_MANUAL_INIT?: boolean;
  }
}

/** Immutable.js values Decap hands to widgets and previews, to plain JavaScript. */
export function toJS(value: any): any {
  return value && typeof value.toJS === 'function' ? value.toJS() : value;
}

export const h = (...args: Parameters<Window['h']>) => window.h(...args);
