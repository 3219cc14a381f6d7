import {
  GetMLTaskRunCommand,
  GetMLTransformCommand,
  GlueClient,
  StartExportLabelsTaskRunCommand,
  StartImportLabelsTaskRunCommand,
} from '@aws-sdk/client-glue';
import type { ClientSettings } from '../model/settings.js';
import { buildAgents } from './agents.js';
import { CredentialsFailed, credentialsFor, isInterrupt, NoCredentials } from './credentials.js';
import { type Exchange, getEndpointPathPlugin, getRawExchangePlugin } from './plugins.js';
import { type AdoptedRun, findStartedImport } from './reconcile.js';
import { BotocoreRetryStrategy } from './retry.js';
import { requestHandler, silentLogger } from './sdk-common.js';
import type { CallFailure, CallResult, Session } from './types.js';

// This module is bundled on its own with the SDK (dist/sender/) and loaded only when a request is
// sent. It imports no runtime code of the core: failures are returned as data, and the core turns
// them into aws-cli's messages (aws/failures.ts).

/**
 * The SDK command for each Glue operation the commands call, by API name; whether a resend is
 * harmless; and, for one that is not, how to find out whether an attempt whose answer was lost took
 * effect.
 */
const COMMANDS: Record<
  string,
  {
    readonly command: new (input: never) => unknown;
    readonly idempotent: boolean;
    readonly findEffect?: typeof findStartedImport;
  }
> = {
  StartImportLabelsTaskRun: {
    command: StartImportLabelsTaskRunCommand,
    idempotent: false,
    findEffect: findStartedImport,
  },
  GetMLTaskRun: { command: GetMLTaskRunCommand, idempotent: true },
  GetMLTransform: { command: GetMLTransformCommand, idempotent: true },
  StartExportLabelsTaskRun: { command: StartExportLabelsTaskRunCommand, idempotent: false },
};

/** Opens the run's Glue session from the resolved settings. */
export async function openSession(settings: ClientSettings): Promise<Session> {
  // The Glue client is given every setting its loaders would read from the shared files (below), so
  // it parses none; the credential providers and S3 bundles are handed the files' text themselves.
  const agents = await buildAgents(settings);
  const credentials = credentialsFor(settings);
  // The current call's exchange: calls run one at a time, so the retry rule reads the call in flight.
  const exchange: Exchange = {};
  let idempotent = true;
  // How to learn whether the call in flight took effect when an attempt's answer is lost; what it found.
  let reconcile: () => Promise<boolean> = async () => false;
  let adopted: AdoptedRun | undefined;
  let checking = false;
  const client = new GlueClient({
    region: settings.region,
    ...(settings.endpoint !== undefined ? { endpoint: settings.endpoint } : {}),
    // Resolved by the settings stage (a custom endpoint wins over both): the SDK reads neither itself.
    useFipsEndpoint: settings.useFipsEndpoint,
    useDualstackEndpoint: settings.useDualstackEndpoint,
    // Resolved for the chosen profile: the SDK alone would read [default]'s (or AWS_PROFILE's) value.
    userAgentAppId: async () => settings.userAgentAppId,
    // Everything else the SDK would load from the environment and the shared files is given here,
    // from our resolved settings: it then parses no config file of its own for the client.
    maxAttempts: settings.retry.maxAttempts,
    retryMode: settings.retry.mode,
    defaultsMode: 'legacy',
    authSchemePreference: [],
    // The SDK's default (clock skew corrected), without its loader parsing the shared files per call.
    disableClockSkewCorrection: async () => false,
    // Configured endpoints (AWS_ENDPOINT_URL_GLUE, services sections…) were resolved into `endpoint`
    // by the settings stage, following --profile: the SDK's own lookup is off.
    ignoreConfiguredEndpointUrls: true,
    credentials,
    retryStrategy: new BotocoreRetryStrategy(settings.retry, exchange, () => ({
      idempotent,
      checking,
      responseBegan: agents.lastSocketReceived,
      requestSent: agents.lastSocketConnected,
      reconcile: () => reconcile(),
    })),
    logger: silentLogger,
    requestHandler: requestHandler(settings, agents),
  });
  // Our plugins are typed structurally (plugins.ts); the stack takes them as smithy Pluggables.
  if (settings.endpoint !== undefined) client.middlewareStack.use(getEndpointPathPlugin(settings.endpoint) as never);
  client.middlewareStack.use(getRawExchangePlugin(exchange, settings) as never);

  const send = async (operation: string, input: Readonly<Record<string, unknown>>): Promise<CallResult> => {
    const fail = (failure: CallFailure): CallResult => ({ ok: false, operation, failure });
    const entry = COMMANDS[operation];
    if (entry === undefined) throw new Error(`The session has no SDK command for ${operation}`);
    const { command: Command, findEffect } = entry;
    idempotent = entry.idempotent;
    adopted = undefined;
    const firstAttemptMs = Date.now();
    reconcile = async () => {
      if (findEffect === undefined) return false;
      // A call inside the call: the exchange and the retry rule's view are the outer call's again after it.
      const saved = { response: exchange.response, attemptEnded: exchange.attemptEnded };
      idempotent = true;
      checking = true;
      try {
        adopted = await findEffect(client, input, firstAttemptMs);
        if (adopted === undefined)
          settings.debug?.(`Checked GetMLTaskRuns: no ${operation} of this request took effect; sending it again.`);
        return adopted !== undefined;
      } catch (error) {
        const e = error as { name?: string; message?: string };
        settings.debug?.(
          `Could not check whether ${operation} took effect (GetMLTaskRuns: ${e.name}: ${e.message}); sending it again, as aws-cli does.`,
        );
        return false;
      } finally {
        Object.assign(exchange, saved);
        idempotent = entry.idempotent;
        checking = false;
      }
    };
    if (partialEnvironmentKeys(settings)) return fail({ kind: 'partial-credentials' });
    exchange.response = undefined;
    exchange.attemptEnded = undefined;
    try {
      // The SDK's parse is checked (a body it cannot read is a failure), but the core prints the body as
      // botocore parses it: model order, timestamps as aws-cli formats them.
      await client.send(new Command(input as never) as never);
      return { ok: true, body: (exchange as Exchange).response?.body ?? '' };
    } catch (error) {
      // Set by reconcile() during the SDK's retry loop, which TypeScript cannot see.
      const found = adopted as AdoptedRun | undefined;
      if (found !== undefined) {
        const body = JSON.stringify({ TaskRunId: found.taskRunId });
        const last = (exchange as Exchange).response;
        const lost = last ? `HTTP ${last.status}` : describe(error);
        return { ok: true, body, adopted: { ...found, lost } };
      }
      if (error instanceof NoCredentials) return fail({ kind: 'no-credentials', cause: error.cause });
      if (error instanceof CredentialsFailed)
        return fail({ kind: 'credentials-failed', message: error.message, cause: error.cause });
      if (isInterrupt(error)) return fail({ kind: 'interrupted', cause: error });
      if (agents.proxyRefused()) {
        const refused = Object.assign(new Error('the proxy refused the CONNECT'), { code: 'ECONNREFUSED' });
        return fail({
          kind: 'exchange',
          error: refused,
          url: settings.requestUrl,
          proxy: agents.proxy,
          connected: false,
          response: undefined,
        });
      }
      return fail({
        kind: 'exchange',
        error,
        url: settings.requestUrl,
        proxy: agents.proxy,
        connected: agents.lastSocketConnected(),
        response: exchange.response,
      });
    }
  };

  // The S3 client loads only when the labels check reads the file.
  let reader: ReturnType<typeof import('./s3.js')['s3Reader']> | undefined;
  const s3 = async () => {
    reader ??= (await import('./s3.js')).s3Reader(settings, credentials);
    return reader;
  };
  let queue: Promise<unknown> = Promise.resolve();
  return {
    call: (operation, input) => {
      const result = queue.then(() => send(operation, input));
      queue = result.catch(() => undefined);
      return result;
    },
    s3: {
      getObject: async (bucket, key, maxBytes) => (await s3()).getObject(bucket, key, maxBytes),
      bucketRegion: async (bucket) => (await s3()).bucketRegion(bucket),
    },
    identity: async () => {
      const fail = (failure: CallFailure) => ({ ok: false as const, operation: 'credentials', failure });
      if (partialEnvironmentKeys(settings)) return fail({ kind: 'partial-credentials' });
      try {
        return { ok: true, accessKeyId: (await credentials()).accessKeyId };
      } catch (error) {
        if (error instanceof NoCredentials) return fail({ kind: 'no-credentials', cause: error.cause });
        if (error instanceof CredentialsFailed)
          return fail({ kind: 'credentials-failed', message: error.message, cause: error.cause });
        if (isInterrupt(error)) return fail({ kind: 'interrupted', cause: error });
        return fail({ kind: 'credentials-failed', message: (error as Error).message, cause: error });
      }
    },
    close: () => {
      client.destroy();
      reader?.close();
    },
  };
}

/** An access key in the environment without its secret (used unless --profile names a profile). */
function partialEnvironmentKeys(settings: ClientSettings): boolean {
  const { env } = settings;
  return (
    settings.signRequest && !settings.profile.explicit && !!env['AWS_ACCESS_KEY_ID'] && !env['AWS_SECRET_ACCESS_KEY']
  );
}

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; code?: string };
  return e.code ?? e.name ?? String(error);
}
