// The analyzer ships its CLI without types; this is the part of it the manifest scripts call.
declare module '@custom-elements-manifest/analyzer/cli.js' {
  /** Runs `cem <argv>` in `cwd`; with `noWrite`, returns the manifest instead of writing it. */
  export function cli(options: { argv: string[]; cwd: string; noWrite?: boolean }): Promise<unknown>;
}
