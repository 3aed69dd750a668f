import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** What an element keeps in the page's address: its state as short strings, undefined where it has none. */
export type LinkFields = Record<string, string | undefined>;

export interface LinkHost extends ReactiveControllerHost, HTMLElement {
  /** `link` attribute: the element's name in the address (`link="tree"`); empty for its id or tag. Absent: no link. */
  link?: string | null;
  /** The state to keep, or undefined while there is none yet to keep (the data is still loading). */
  linkState(): LinkFields | undefined;
  /** The state the page itself gives (its attributes), read once before any link: fields equal to it are not written. */
  linkDefaults(): LinkFields;
  /** Sets the state a link gives (only the fields present in the address). */
  restoreLink(fields: LinkFields): void;
}

/**
 * Whether a data address read from the page's address may be loaded: from the page's own origin, from the
 * origin of the element's own data (`besides`), or from an origin the page allows
 * (`budget-widgets-allowed-origins`). A link anyone can write never makes a portal show a file from
 * elsewhere as its department's other year.
 */
export function linkedUrlAllowed(url: string, besides?: string, allowed?: Set<string>): boolean {
  try {
    const origin = new URL(url, document.baseURI).origin;
    if (origin === location.origin || allowed?.has(origin)) return true;
    return besides !== undefined && origin === new URL(besides, document.baseURI).origin;
  } catch {
    return false;
  }
}

/** The parameters of one element in the address: `<name>.<field>`. */
const PREFIX_SEPARATOR = '.';

/** The element's name in the address: its `link` value, else its id, else its tag. */
export function linkName(host: LinkHost): string {
  return (host.link || host.id || host.localName).trim();
}

/** The fields of `name` in a query string ("?tree.root=208&tree.view=table" → { root: '208', view: 'table' }). */
export function readLink(search: string, name: string): LinkFields {
  const out: LinkFields = {};
  const prefix = `${name}${PREFIX_SEPARATOR}`;
  for (const [k, v] of new URLSearchParams(search)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

/** A query parameter's name, decoded ("tree.root" from "tree.root=208"); undefined when it cannot be. */
function paramName(part: string): string | undefined {
  try {
    return decodeURIComponent(part.split('=')[0]!.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/**
 * The query string with the fields of `name` replaced by `fields`. The page's own parameters stay exactly as
 * they are written (`?flag&x=a%20b` keeps its spelling); the element's are added after them.
 */
export function writeLink(search: string, name: string, fields: LinkFields): string {
  const prefix = `${name}${PREFIX_SEPARATOR}`;
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((p) => p && !paramName(p)?.startsWith(prefix));
  const ours = Object.entries(fields)
    .filter((e): e is [string, string] => e[1] !== undefined && e[1] !== '')
    .map(([k, v]) => `${encodeURIComponent(`${prefix}${k}`)}=${encodeURIComponent(v)}`);
  const all = [...kept, ...ours];
  return all.length ? `?${all.join('&')}` : '';
}

/**
 * Links that last: an element with the `link` attribute keeps the state a reader may want to share (a
 * zoomed arc, a table, a department, a compared year) in the page's address, as query parameters named
 * after it (`?tree.root=20101`), and takes it back from the address when it connects and when the reader
 * goes back or forward. The address is replaced, not pushed, so that exploring a chart does not fill the
 * history. Without `link` nothing is read or written.
 */
export class LinkController implements ReactiveController {
  private written?: string;
  private defaults?: LinkFields;

  constructor(private readonly host: LinkHost) {
    host.addController(this);
  }

  private get on(): boolean {
    return this.host.link !== undefined && this.host.link !== null;
  }

  hostConnected(): void {
    if (!this.on) return;
    this.defaults ??= this.host.linkDefaults();
    this.restore();
    window.addEventListener('popstate', this.restore);
  }

  hostDisconnected(): void {
    window.removeEventListener('popstate', this.restore);
  }

  hostUpdated(): void {
    if (!this.on) return;
    const state = this.host.linkState();
    if (!state) return;
    // Only what differs from the page's own attributes: a link says what the reader changed.
    const fields: LinkFields = {};
    for (const [k, v] of Object.entries(state)) if (v !== this.defaults?.[k]) fields[k] = v;
    const search = writeLink(location.search, linkName(this.host), fields);
    if (search === location.search || search === this.written) return;
    this.written = search;
    try {
      history.replaceState(history.state, '', `${location.pathname}${search}${location.hash}`);
    } catch {
      // A sandboxed frame or a file: page may refuse: the element works the same without its link.
    }
  }

  private restore = (): void => {
    const fields = readLink(location.search, linkName(this.host));
    if (Object.keys(fields).length) this.host.restoreLink(fields);
  };
}
