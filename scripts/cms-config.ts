/**
 * `npm run cms:config`: regenerates cms/config.yml (Decap CMS) and cms/CODEOWNERS.template from
 * the schemas and the town folders. Run it after changing src/lib/content/schema.ts or adding a town; a
 * unit test fails while the committed files are out of date.
 */
import path from 'node:path';
import { writeCmsFiles } from '../src/integrations/decap-cms/settings';

export function main(): number {
  for (const file of writeCmsFiles()) console.log(`wrote ${path.relative(process.cwd(), file)}`);
  return 0;
}
