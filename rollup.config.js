// Browser bundles (widget, dashboard) are added here as those packages land.
// Rollup errors on an empty config list, so this file exports a function that the
// build scripts of later packages extend; today there is nothing to bundle.
export default [];
