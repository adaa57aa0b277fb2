// The mocha globals web-test-runner provides in the browser (no @types/mocha installed);
// only what the tests use.
interface MochaContext { timeout(ms: number): void }
declare function describe(title: string, body: () => void): void;
declare function it(title: string, body: (this: MochaContext) => unknown): void;
declare function before(body: (this: MochaContext) => unknown): void;
declare function after(body: (this: MochaContext) => unknown): void;
declare function beforeEach(body: (this: MochaContext) => unknown): void;
declare function afterEach(body: (this: MochaContext) => unknown): void;
