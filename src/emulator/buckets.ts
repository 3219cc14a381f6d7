import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type http from 'node:http';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * S3 buckets served from a folder (each subfolder a bucket), path-style: GetObject, HeadObject,
 * HeadBucket with `x-amz-bucket-region`, S3's XML errors. Enough for the labels check and for task
 * runs that read the labels file, offline. A bucket named `denied-…` answers AccessDenied.
 */
export class Buckets {
  constructor(
    private readonly root: string,
    readonly region: string,
  ) {}

  /** The object's bytes, or why not (an S3 error code). Keys never leave the folder. */
  read(bucket: string, key: string): Uint8Array | 'NoSuchBucket' | 'NoSuchKey' | 'AccessDenied' {
    if (bucket.startsWith('denied-')) return 'AccessDenied';
    const bucketDir = this.bucketDir(bucket);
    if (bucketDir === undefined) return 'NoSuchBucket';
    const path = resolve(bucketDir, key);
    if (relative(bucketDir, path).startsWith('..')) return 'NoSuchKey';
    try {
      if (!statSync(path).isFile()) return 'NoSuchKey';
      return readFileSync(path);
    } catch {
      return 'NoSuchKey';
    }
  }

  /** Writes an object (the export of labels); false when the bucket does not exist. */
  write(bucket: string, key: string, body: string): boolean {
    const bucketDir = this.bucketDir(bucket);
    if (bucketDir === undefined) return false;
    const path = resolve(bucketDir, key.endsWith('/') || key === '' ? `${key}labels.csv` : key);
    if (relative(bucketDir, path).startsWith('..')) return false;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, body);
    return true;
  }

  private bucketDir(bucket: string): string | undefined {
    if (!/^[a-z0-9][a-z0-9.-]{1,62}$/.test(bucket)) return undefined;
    const dir = join(resolve(this.root), bucket);
    try {
      return statSync(dir).isDirectory() ? dir : undefined;
    } catch {
      return undefined;
    }
  }

  /** Answers a path-style S3 request (`/bucket` or `/bucket/key`). */
  handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://s3.local');
    const [, bucket = '', ...rest] = url.pathname.split('/');
    const key = decodeURIComponent(rest.join('/'));
    const head = req.method === 'HEAD';
    const headers = { 'x-amz-bucket-region': this.region, 'x-amz-request-id': 'emulator' };
    const error = (status: number, code: string, message: string): void => {
      const body = `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`;
      res.writeHead(status, {
        ...headers,
        'Content-Type': 'application/xml',
        'Content-Length': head ? 0 : Buffer.byteLength(body),
      });
      res.end(head ? undefined : body);
    };
    if (req.method !== 'GET' && !head)
      return error(405, 'MethodNotAllowed', 'glue-ml-emulator serves buckets read-only');
    if (key === '') {
      if (bucket.startsWith('denied-')) return error(403, 'AccessDenied', 'Access Denied');
      if (this.bucketDir(bucket) === undefined)
        return error(404, 'NoSuchBucket', 'The specified bucket does not exist');
      res.writeHead(200, headers);
      res.end();
      return;
    }
    const object = this.read(bucket, key);
    if (object === 'AccessDenied') return error(403, 'AccessDenied', 'Access Denied');
    if (object === 'NoSuchBucket') return error(404, 'NoSuchBucket', 'The specified bucket does not exist');
    if (object === 'NoSuchKey') return error(404, 'NoSuchKey', 'The specified key does not exist.');
    res.writeHead(200, { ...headers, 'Content-Type': 'text/csv', 'Content-Length': object.length });
    res.end(head ? undefined : object);
  }
}
