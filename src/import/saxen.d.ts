// The part of saxen's API the importer uses (the package ships no types).
declare module 'saxen' {
  export class Parser {
    constructor(options?: { proxy?: boolean });
    on(event: 'openTag', fn: (name: string, attrs: () => Record<string, string>, decode: (s: string) => string, selfClosing: boolean) => void): this;
    on(event: 'closeTag', fn: (name: string, decode: (s: string) => string, selfClosing: boolean) => void): this;
    on(event: 'text', fn: (value: string, decode: (s: string) => string) => void): this;
    on(event: 'error', fn: (err: Error) => void): this;
    parse(xml: string): this;
  }
}
