import { expandUser } from '../input/paramfile.js';
import { configProfile, parseIni, type IniFile } from './config-file.js';

/** The shared files, read once: what every setting resolver looks in. */
export interface SharedFiles {
  readonly config: IniFile;
  readonly credentials: IniFile;
  readonly configPath: string;
  readonly credentialsPath: string;
}

export interface FileReader {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly homedir: string;
  readFile(path: string): Uint8Array;
}

/** Reads ~/.aws/config and ~/.aws/credentials (or AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE); a missing file is empty. */
export function readSharedFiles(io: FileReader): SharedFiles {
  const configPath = expandUser(io.env['AWS_CONFIG_FILE'] || '~/.aws/config', io.homedir);
  const credentialsPath = expandUser(io.env['AWS_SHARED_CREDENTIALS_FILE'] || '~/.aws/credentials', io.homedir);
  return {
    config: readIni(io, configPath),
    credentials: readIni(io, credentialsPath),
    configPath,
    credentialsPath,
  };
}

function readIni(io: FileReader, path: string): IniFile {
  let text: string;
  try {
    text = new TextDecoder().decode(io.readFile(path));
  } catch {
    return {};
  }
  return parseIni(text, path);
}

/** The active profile's settings from the config file, or {} when it has none. */
export function profileSettings(files: SharedFiles, profile: string): Record<string, string> {
  return configProfile(files.config, profile) ?? {};
}

/** True when the profile exists in either file. */
export function profileExists(files: SharedFiles, profile: string): boolean {
  return configProfile(files.config, profile) !== undefined || files.credentials[profile] !== undefined;
}
