/** Served by the workbench's Vite plugin (stories/workbench/node/vite-plugin.ts). */
declare module 'virtual:caf-workbench/example-problems' {
  /** The broken project, relative to the repository root. */
  export const fixture: string;
  /** Its problems as `caf check` prints them. */
  export const problems: string[];
}
