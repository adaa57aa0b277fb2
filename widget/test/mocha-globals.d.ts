// web-test-runner runs the component tests with mocha's globals (describe, it, …) in the
// browser; the root tsconfig limits ambient types to Node's, so they are named here.
/// <reference types="mocha" />
