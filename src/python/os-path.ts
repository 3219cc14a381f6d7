/** `os.path.expanduser` for `~` and `~/…` (other users' homes are left as they are). */
export function expandUser(path: string, homedir: string): string {
  if (path === '~') return homedir;
  if (path.startsWith('~/')) return homedir.replace(/\/$/, '') + path.slice(1);
  return path;
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
