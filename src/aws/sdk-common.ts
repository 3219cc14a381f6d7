/**
 * What every SDK client of the session is built with, whichever bundle it lives in (the sender, the
 * credential providers, the S3 reader): a silent logger, a request handler with the session's agents
 * and timeouts, and the shared files' text handed to that bundle's own copy of smithy's file loader.
 */
import { externalDataInterceptor } from '@smithy/core/config';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { ClientSettings } from '../model/settings.js';
import type { Agents } from './agents.js';

/** The SDK's logger, silenced: --debug comes from our own middleware. */
export const silentLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};

/** A request handler on `agents`, with aws-cli's timeouts (0 waits forever). */
export function requestHandler(settings: ClientSettings, agents: Agents): NodeHttpHandler {
  const ms = (seconds: number): number | undefined => (seconds === 0 ? undefined : seconds * 1000);
  return new NodeHttpHandler({
    httpAgent: agents.httpAgent,
    httpsAgent: agents.httpsAgent,
    connectionTimeout: ms(settings.connectTimeoutSeconds),
    socketTimeout: ms(settings.readTimeoutSeconds),
  });
}

/** This bundle's SDK loaders read the shared files' text (bounded, regular files only), not the disk. */
export function interceptFiles(texts: Readonly<Record<string, string>>): void {
  for (const [path, text] of Object.entries(texts)) externalDataInterceptor.interceptFile(path, text);
}
