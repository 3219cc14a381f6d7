/**
 * The SDK's credential providers, bundled on their own (dist/sender-providers.cjs) and loaded only
 * when a profile's credentials need them. The bundle has its own copy of smithy's file loader, so the
 * shared files' text is handed to that copy too: the providers read nothing from disk.
 */
import { externalDataInterceptor } from '@smithy/core/config';

export { fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';

export function interceptFiles(texts: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(texts)) externalDataInterceptor.interceptFile(path, text);
}
