// Types of rollup.config.js for the TypeScript files that build with it (server, widget scripts).
import type { OutputOptions, RollupOptions } from 'rollup';

/** Where `rollup -c` writes the widget bundle, its hashed copy and its manifest. */
export declare const WIDGET_DIST: string;

/** CSS text without comments and without the whitespace CSS ignores (what the widget build does to `css` templates). */
export declare function minifyCss(text: string): string;

/** The widget's CDN bundle: one minified ES2022 module with Lit and the SDK inside. */
export declare function widgetBundle(options?: { outDir?: string }): RollupOptions & { output: OutputOptions };

/** Where `rollup -c` writes the admin dashboard. */
export declare const DASHBOARD_DIST: string;

/** The admin dashboard: `admin.js`, hashed chunks and `index.html`. */
export declare function dashboardBundle(options?: { outDir?: string }): RollupOptions & { output: OutputOptions };

declare const config: RollupOptions[];
export default config;
