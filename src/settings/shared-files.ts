import { GeneralError } from '../errors.js';
import type { FileContext } from '../io.js';
import { ConfigParserError, type IniFile, parseIni } from '../python/configparser.js';
import { expandUser } from '../python/os-path.js';

/** The shared files, read once: what every setting resolver looks in. */
export interface SharedFiles {
  readonly config: IniFile;
  readonly credentials: IniFile;
  readonly configPath: string;
  readonly credentialsPath: string;
}

/**
 * Reads ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE); a missing file
 * is empty.
 */
export function readSharedFiles(io: FileContext): SharedFiles {
  const configPath = expandUser(io.env['AWS_CONFIG_FILE'] || '~/.aws/config', io.homedir);
  const credentialsPath = expandUser(io.env['AWS_SHARED_CREDENTIALS_FILE'] || '~/.aws/credentials', io.homedir);
  return {
    config: readIni(io, configPath),
    credentials: readIni(io, credentialsPath),
    configPath,
    credentialsPath,
  };
}

function readIni(io: FileContext, path: string): IniFile {
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(path));
  } catch {
    return {};
  }
  try {
    return parseIni(text);
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
