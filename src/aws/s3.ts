import { GetObjectCommand, HeadBucketCommand, S3Client } from '@aws-sdk/client-s3';
import type { ClientSettings } from '../model/settings.js';
import { proxyForUrl } from '../python/urllib-proxies.js';
import { buildAgents } from './agents.js';
import { bufferBody, ResponseTooLarge } from './http-body.js';
import { interceptFiles, requestHandler, silentLogger } from './sdk-common.js';
import type { ObjectResult } from './types.js';

type Credentials = () => Promise<{ accessKeyId: string; secretAccessKey: string; sessionToken?: string }>;

/**
 * Reads S3 objects for the labels check with the session's credentials, region, CA bundle, timeouts
 * and proxy rules (the proxy chosen for S3's own URL). S3's endpoint is its own (settings.s3Endpoint);
 * a custom one is addressed path-style (a bucket name is not a loopback host name).
 */
export function s3Reader(settings: ClientSettings, credentials: Credentials) {
  let client: Promise<S3Client> | undefined;
  const open = async (): Promise<S3Client> => {
    interceptFiles(settings.sharedFileTexts());
    const endpoint = settings.s3Endpoint();
    const url = endpoint ?? `https://s3.${settings.region}.amazonaws.com/`;
    const agents = await buildAgents({ ...settings, requestUrl: url, proxy: proxyForUrl(url, settings.env) });
    return new S3Client({
      region: settings.region,
      ...(endpoint !== undefined ? { endpoint, forcePathStyle: true } : {}),
      credentials,
      maxAttempts: settings.retry.maxAttempts,
      logger: silentLogger,
      requestHandler: requestHandler(settings, agents),
    });
  };
  const connect = (): Promise<S3Client> => {
    client ??= open();
    return client;
  };
  const failure = (error: unknown): ObjectResult => {
    const e = error as { name?: string; message?: string; Code?: string; $metadata?: { httpStatusCode?: number } };
    const headers = (error as { $response?: { headers?: Record<string, string> } }).$response?.headers ?? {};
    return {
      ok: false,
      code: e.Code ?? e.name ?? 'Error',
      message: e.message ?? String(error),
      status: e.$metadata?.httpStatusCode,
      bucketRegion: headers['x-amz-bucket-region'],
    };
  };
  return {
    /** The object's bytes (at most `maxBytes`), or what S3 answered instead. */
    async getObject(bucket: string, key: string, maxBytes: number): Promise<ObjectResult> {
      try {
        const s3 = await connect();
        const output = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        return { ok: true, bytes: await bufferBody(output.Body, maxBytes) };
      } catch (error) {
        if (error instanceof ResponseTooLarge)
          return { ok: false, code: 'TooLarge', message: error.message, status: 200, bucketRegion: undefined };
        return failure(error);
      }
    },
    /** The bucket's region (HeadBucket's x-amz-bucket-region), or undefined when S3 does not say. */
    async bucketRegion(bucket: string): Promise<string | undefined> {
      try {
        const s3 = await connect();
        const output = await s3.send(new HeadBucketCommand({ Bucket: bucket }));
        return output.BucketRegion;
      } catch (error) {
        const result = failure(error);
        return result.ok ? undefined : result.bucketRegion;
      }
    },
    close: () => void client?.then((s3) => s3.destroy()),
  };
}
