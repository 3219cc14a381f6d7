/**
 * The SDK's credential providers, bundled on their own (dist/sender-providers.cjs) and loaded only
 * when a profile's credentials need them. The bundle has its own copy of smithy's file loader, so the
 * shared files' text is handed to that copy too: the providers read nothing from disk.
 */
export { fromIni, fromNodeProviderChain } from '@aws-sdk/credential-providers';
export { interceptFiles } from './sdk-common.js';
