// Browser bundles (widget, dashboard) are configured here as those packages land; today
// there is nothing to bundle, so the list is empty (the SDK is plain ESM built by tsc).
export default [];
