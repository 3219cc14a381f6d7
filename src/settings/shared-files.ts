import { GeneralError } from '../errors.js';
import { type FileContext, MAX_FILE_BYTES } from '../io.js';
import { ConfigParserError, type IniFile, parseIni } from '../python/configparser.js';
import { expandUser } from '../python/os-path.js';

/** The shared files, read once: what every setting resolver looks in, and their text for the SDK. */
export interface SharedFiles {
  readonly config: IniFile;
  readonly credentials: IniFile;
  readonly configPath: string;
  readonly credentialsPath: string;
  /** The files' text as read ('' for a missing or non-regular file): the SDK is handed these. */
  readonly configText: string;
  readonly credentialsText: string;
}

/**
 * Reads ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE);
 * a missing file is empty.
 */
export async function readSharedFiles(io: FileContext): Promise<SharedFiles> {
  const configPath = expandUser(io.env['AWS_CONFIG_FILE'] || '~/.aws/config', io.homedir);
  const credentialsPath = expandUser(io.env['AWS_SHARED_CREDENTIALS_FILE'] || '~/.aws/credentials', io.homedir);
  const [config, credentials] = await Promise.all([readIni(io, configPath), readIni(io, credentialsPath)]);
  return {
    config: config.ini,
    credentials: credentials.ini,
    configPath,
    credentialsPath,
    configText: config.text,
    credentialsText: credentials.text,
  };
}

/**
 * One shared file, parsed. What is not a readable regular file counts as empty, as in botocore (a
 * FIFO or a device is never opened); a file over the size limit is an error.
 */
async function readIni(io: FileContext, path: string): Promise<{ ini: IniFile; text: string }> {
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(path, { maxBytes: MAX_FILE_BYTES, regularOnly: true }));
  } catch (error) {
    if ((error as { code?: string }).code === 'EFBIG') {
      const limit = `${MAX_FILE_BYTES / 1024 / 1024} MiB`;
      throw new GeneralError(`The config file ${path} is larger than ${limit}.`, { cause: error });
    }
    return { ini: {}, text: '' };
  }
  try {
    return { ini: parseIni(text), text };
  } catch (error) {
    if (error instanceof ConfigParserError)
      throw new GeneralError(`Unable to parse config file: ${path}`, { cause: error });
    throw error;
  }
}

/** The config file's section for a profile: `[default]` or `[profile NAME]` (also `[NAME]`, as botocore allows). */
export function configProfile(config: IniFile, name: string): Record<string, string> | undefined {
  if (name === 'default') return config['default'] ?? config['profile default'];
  return config[`profile ${name}`] ?? config[name];
}

/** The active profile's settings from the config file, or {} when it has none. */
export function profileSettings(files: SharedFiles, profile: string): Record<string, string> {
  return configProfile(files.config, profile) ?? {};
}

/** True when the profile exists in either file. */
export function profileExists(files: SharedFiles, profile: string): boolean {
  return configProfile(files.config, profile) !== undefined || files.credentials[profile] !== undefined;
}
