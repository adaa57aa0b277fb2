// Types of rollup.config.js for the TypeScript files that build with it (server, widget scripts).
import type { OutputOptions, RollupOptions } from 'rollup';

/** Where `rollup -c` writes the widget bundle, its hashed copy and its manifest. */
export declare const WIDGET_DIST: string;

/** The widget's CDN bundle: one minified ES2022 module with Lit, floating-ui and the SDK inside. */
export declare function widgetBundle(options?: { outDir?: string }): RollupOptions & { output: OutputOptions };

declare const config: RollupOptions[];
export default config;
