/**
 * `os.path.expanduser`: `~` and `~/…` are the home directory; `~user/…` is that user's home from
 * the password database (`passwd`, the text of /etc/passwd, when given), left as it is if unknown.
 */
export function expandUser(path: string, homedir: string, passwd?: string): string {
  if (!path.startsWith('~')) return path;
  const slash = path.indexOf('/');
  const user = slash < 0 ? path.slice(1) : path.slice(1, slash);
  const rest = slash < 0 ? '' : path.slice(slash);
  const home = user === '' ? homedir : passwdHome(passwd, user);
  if (home === undefined) return path;
  return (home.replace(/\/+$/, '') || (rest === '' ? '/' : '')) + rest;
}

/** pwd.getpwnam(user).pw_dir from /etc/passwd's text. */
function passwdHome(passwd: string | undefined, user: string): string | undefined {
  for (const line of passwd?.split('\n') ?? []) {
    const fields = line.split(':');
    if (fields[0] === user && fields.length >= 7) return fields[5];
  }
  return undefined;
}

/** `os.path.expandvars`: `$NAME` and `${NAME}` when NAME is set; anything else stays literal. */
export function expandVars(path: string, env: Readonly<Record<string, string | undefined>>): string {
  if (!path.includes('$')) return path;
  return path.replace(/\$(\w+|\{[^}]*\})/g, (whole, name: string) => {
    const key = name.startsWith('{') ? name.slice(1, -1) : name;
    const found = env[key];
    return found === undefined ? whole : found;
  });
}
