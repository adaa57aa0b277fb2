// Types of the browser side of `@web/test-runner-commands`, which ships inside
// @web/test-runner (the test runner config serves it); only what the tests use.
declare module '@web/test-runner-commands' {
  export function executeServerCommand(command: string, payload?: unknown): Promise<unknown>;
  export function sendKeys(options: { press: string } | { type: string } | { down: string } | { up: string }): Promise<void>;
  export function sendMouse(options: { type: 'click' | 'move' | 'down' | 'up'; position?: [number, number] }): Promise<void>;
  export function setViewport(viewport: { width: number; height: number }): Promise<void>;
  export function emulateMedia(media: { media?: 'print' | 'screen'; colorScheme?: 'dark' | 'light' | 'no-preference'; reducedMotion?: 'reduce' | 'no-preference' }): Promise<void>;
}
