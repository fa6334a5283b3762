import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The TypeScript types a front-end team generates from openapi.yaml (openapi-typescript, as `npx openapi-typescript
 * openapi.yaml -o api.d.ts` would), for test/http/typed-client: a program typed by them walks the chains.
 */
export const renderClientTypes = async (yaml: string): Promise<string> => {
  const ast = await openapiTS(yaml, { silent: true });
  return `// Generated from openapi.yaml by openapi-typescript (npm run openapi): do not edit.\n${astToString(ast)}`;
};
