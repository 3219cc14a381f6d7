import { GeneralError } from '../errors.js';
import { type FileContext, MAX_FILE_BYTES, mebibytes } from '../io.js';
import { ConfigParserError, type IniFile, type IniValue, parseIni } from '../python/configparser.js';
import { expandUser, expandVars } from '../python/os-path.js';
import { shlexSplit } from '../python/shlex.js';

type Section = Readonly<Record<string, IniValue>>;

/**
 * The shared files, read and parsed once, as botocore maps them: what every setting resolver looks
 * in, and (as text the SDK's own parser reads the same way) what the SDK's providers are handed.
 */
export interface SharedFiles {
  /** botocore's profile map: the config file's profiles, each updated by the credentials file's section of that name. */
  readonly profiles: ReadonlyMap<string, Section>;
  /** The config file's `[services NAME]` sections. */
  readonly services: ReadonlyMap<string, Section>;
  /** Each file's own section for a profile, before merging: botocore's credential providers read them apart. */
  readonly configProfiles: ReadonlyMap<string, Section>;
  readonly credentialsSections: ReadonlyMap<string, Section>;
  readonly configPath: string;
  readonly credentialsPath: string;
  /**
   * What the SDK reads instead of the disk, by every path it may compute: the files as parsed here.
   * Built on first use (only the credential providers and S3 read files; a big file costs nothing else).
   */
  readonly sdkTexts: () => Readonly<Record<string, string>>;
}

/**
 * Reads the config and credentials files: AWS_CONFIG_FILE / AWS_SHARED_CREDENTIALS_FILE (`$VARS` and
 * `~` expanded, as botocore expands them; an empty value names no file) or ~/.aws/config and
 * ~/.aws/credentials. A missing file is empty.
 */
export async function readSharedFiles(io: FileContext): Promise<SharedFiles> {
  const locate = (variable: string, fallback: string): string =>
    expandUser(expandVars(io.env[variable] ?? fallback, io.env), io.homedir);
  const configPath = locate('AWS_CONFIG_FILE', '~/.aws/config');
  const credentialsPath = locate('AWS_SHARED_CREDENTIALS_FILE', '~/.aws/credentials');
  const [config, credentials] = await Promise.all([readIni(io, configPath), readIni(io, credentialsPath)]);
  return buildSharedFiles(config, credentials, { configPath, credentialsPath, env: io.env, homedir: io.homedir });
}

/** Where the files were found, and what the SDK would compute for them. */
export interface Locations {
  readonly configPath: string;
  readonly credentialsPath: string;
  readonly env: FileContext['env'];
  readonly homedir: string;
}

/** The profile map and the SDK's texts from the two parsed files. */
export function buildSharedFiles(config: IniFile, credentials: IniFile, where: Locations): SharedFiles {
  const { profiles, services } = profileMap(config);
  const configProfiles = new Map(profiles);
  for (const [name, values] of Object.entries(credentials)) profiles.set(name, { ...profiles.get(name), ...values });
  const home = where.homedir.replace(/\/$/, '');
  let texts: Record<string, string> | undefined;
  const sdkTexts = (): Record<string, string> => {
    if (texts !== undefined) return texts;
    const configText = configForSdk(config);
    const credentialsText = sectionsText(Object.entries(credentials));
    texts = {
      ...sdkPaths(where.env['AWS_CONFIG_FILE'], `${home}/.aws/config`, home, configText),
      ...sdkPaths(where.env['AWS_SHARED_CREDENTIALS_FILE'], `${home}/.aws/credentials`, home, credentialsText),
      [where.configPath]: configText,
      [where.credentialsPath]: credentialsText,
    };
    return texts;
  };
  return {
    profiles,
    services,
    configProfiles,
    credentialsSections: new Map(Object.entries(credentials)),
    configPath: where.configPath,
    credentialsPath: where.credentialsPath,
    sdkTexts,
  };
}

/** The paths the SDK computes for a file (it expands only a leading ~/ and ignores an empty variable). */
function sdkPaths(variable: string | undefined, fallback: string, home: string, text: string): Record<string, string> {
  const raw = variable || fallback;
  return { [raw]: text, [raw.startsWith('~/') ? `${home}/${raw.slice(2)}` : raw]: text };
}

/**
 * One file, parsed. What is not a readable regular file counts as empty, as in botocore (a FIFO or a
 * device is never opened); a file over the size limit or that configparser rejects is an error.
 */
async function readIni(io: FileContext, path: string): Promise<IniFile> {
  if (path === '') return {};
  let text: string;
  try {
    text = new TextDecoder().decode(await io.readFile(path, { maxBytes: MAX_FILE_BYTES, regularOnly: true }));
  } catch (error) {
    if ((error as { code?: string }).code === 'EFBIG') {
      const limit = mebibytes(MAX_FILE_BYTES);
      throw new GeneralError(`The config file ${path} is larger than ${limit}.`, { cause: error });
    }
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

/**
 * botocore's build_profile_map: `[profile NAME]` (split like shlex, two words), `[default]`,
 * `[sso-session NAME]`, `[services NAME]`; other sections are not profiles. A later section of the
 * same name replaces an earlier one.
 */
function profileMap(config: IniFile) {
  const profiles = new Map<string, Section>();
  const services = new Map<string, Section>();
  const ssoSessions = new Map<string, Section>();
  for (const [key, values] of Object.entries(config)) {
    const named = (prefix: string): string | undefined => {
      if (!key.startsWith(prefix)) return undefined;
      // Two plain words need no shlex (ten thousand profiles would each pay for it).
      const plain = /^(\S+) ([^\s'"\\]+)$/.exec(key);
      if (plain) return plain[2];
      try {
        const parts = shlexSplit(key);
        return parts.length === 2 ? parts[1] : undefined;
      } catch {
        return undefined;
      }
    };
    if (key.startsWith('profile')) {
      const name = named('profile');
      if (name !== undefined) profiles.set(name, values);
    } else if (key === 'default') profiles.set('default', values);
    else if (key.startsWith('sso-session')) {
      const name = named('sso-session');
      if (name !== undefined) ssoSessions.set(name, values);
    } else if (key.startsWith('services')) {
      const name = named('services');
      if (name !== undefined) services.set(name, values);
    }
  }
  return { profiles, services, ssoSessions };
}

/** The config file as the SDK's parser reads it the same way: canonical section names, lower-case keys. */
function configForSdk(config: IniFile): string {
  const { profiles, services, ssoSessions } = profileMap(config);
  return sectionsText([
    ...[...profiles].map(([name, values]) => [name === 'default' ? 'default' : `profile ${name}`, values] as const),
    ...[...ssoSessions].map(([name, values]) => [`sso-session ${name}`, values] as const),
    ...[...services].map(([name, values]) => [`services ${name}`, values] as const),
  ]);
}

function sectionsText(sections: readonly (readonly [string, Section])[]): string {
  const lines: string[] = [];
  for (const [name, values] of sections) {
    lines.push(`[${name}]`);
    for (const [key, value] of Object.entries(values)) {
      if (typeof value === 'string') lines.push(`${key} = ${value.replaceAll('\n', ' ')}`);
      else {
        lines.push(`${key} =`);
        for (const [sub, subValue] of Object.entries(value)) lines.push(`  ${sub} = ${subValue}`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A profile's settings whose values are text (nested blocks left out), or {} when it has none. */
export function profileSettings(files: SharedFiles, profile: string): Record<string, string> {
  const section = files.profiles.get(profile) ?? {};
  return Object.fromEntries(
    Object.entries(section).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  );
}

/** True when the profile is in the profile map (either file). */
export function profileExists(files: SharedFiles, profile: string): boolean {
  return files.profiles.has(profile);
}
