import { css } from 'lit';
import { themeStyles } from '../../theme.styles.ts';

/** The look of `<booking-calendar>`, driven by the shared theme's properties. */
export const bookingCalendarStyles = [themeStyles, css`
:host{--_muted:color-mix(in srgb,var(--_text) 66%,var(--_surface));--_line:color-mix(in srgb,var(--_text) 16%,var(--_surface));--_soft:color-mix(in srgb,var(--_accent) 12%,var(--_surface));display:block;container-type:inline-size;color:var(--_text);background:var(--_surface);font-size:15px;line-height:1.45;border-radius:var(--_radius)}
.root{padding:16px}[tabindex="-1"]:focus{outline:0}h2,h3{margin:0 0 8px;line-height:1.25}h2{font-size:1.25em}h3{font-size:1.05em}p{margin:0 0 12px}
.muted,th{color:var(--_muted)}
button,input,select,textarea{font:inherit;color:inherit}button{cursor:pointer}
.btn{display:inline-flex;align-items:center;justify-content:center;gap:6px;min-height:40px;padding:8px 14px;border:1px solid var(--_line);border-radius:var(--_radius);background:none;text-decoration:none}
.primary,.day[aria-pressed=true]{background:var(--_accent);border-color:var(--_accent);color:var(--_surface);font-weight:600}
.btn:disabled,.nav button:disabled{opacity:.5;cursor:default}
.types{list-style:none;margin:0;padding:0;display:grid;gap:8px}.types li{position:relative}
.types button{width:100%;justify-content:flex-start;padding:12px 14px 30px;font-weight:600}
.meta{position:absolute;inset-inline-start:15px;bottom:9px;font-size:.85em;pointer-events:none}
.layout{display:grid;gap:16px}@container (min-width:600px){.layout{grid-template-columns:1.2fr 1fr}.slots{max-height:330px;overflow-y:auto;padding:3px}}
.month-head,.times-head{display:flex;flex-wrap:wrap;align-items:center;justify-content:space-between;gap:8px;margin-bottom:8px}.month-head h3{margin:0}
.nav button{width:40px;height:40px;margin-inline-start:4px;border:1px solid var(--_line);border-radius:50%;background:none}
.nav button{font-size:22px;line-height:1}[dir=rtl] .nav button{scale:-1 1}
table{width:100%;border-collapse:collapse;table-layout:fixed}th{font-size:.78em;font-weight:500;padding:4px 0}td{padding:2px;text-align:center}
.day{width:100%;max-width:44px;aspect-ratio:1;border:0;border-radius:50%;background:none;padding:0;color:var(--_muted)}
.open{background:var(--_soft);color:var(--_text);font-weight:600}.today{text-decoration:underline 2px}.day[aria-disabled]{cursor:default}
.loading .day,.skeleton{animation:pulse 1.2s infinite}
.skeleton{height:40px;border-radius:var(--_radius);background:var(--_line);margin-bottom:8px}@keyframes pulse{50%{opacity:.45}}
.slots{list-style:none;margin:0;padding:0;display:grid;gap:8px;grid-template-columns:repeat(auto-fill,minmax(150px,1fr))}.slots button{width:100%;white-space:nowrap}
fieldset{border:0;padding:0;margin:0 0 12px;min-width:0}legend,.field label{font-weight:600}
.durations{display:flex;flex-wrap:wrap;gap:6px}.durations label{border:1px solid var(--_line);border-radius:var(--_radius);padding:6px 12px;cursor:pointer}
.durations label:has(:checked){background:var(--_accent);color:var(--_surface)}.durations label:has(:focus-visible){outline:2px solid var(--_accent)}
.durations input{position:absolute;opacity:0}
.tz-button{border:0;background:none;padding:4px 0;color:var(--_muted);text-decoration:underline;overflow-wrap:anywhere;text-align:start}
.tz-panel{position:fixed;top:0;left:0;z-index:10;width:min(320px,100vw - 16px);padding:8px;background:var(--_surface);border:1px solid var(--_line);border-radius:var(--_radius)}
.tz-panel ul{list-style:none;margin:6px 0 0;padding:0;max-height:240px;overflow-y:auto}.tz-panel li{padding:6px 8px;cursor:pointer}
.tz-panel li[aria-selected=true]{background:var(--_soft)}
.field{display:grid;gap:4px;margin-bottom:12px}
.field :is(input:not([type=checkbox]),textarea,select),.tz-panel input{width:100%;min-height:40px;padding:8px 10px;border:1px solid var(--_line);border-radius:6px;background:var(--_surface)}
[aria-invalid=true]{border-color:var(--_danger)!important}.check{display:flex;gap:8px;align-items:center}.hint{font-size:.85em}
.error{color:var(--_danger);font-size:.9em}.notice{padding:10px 12px;border-radius:var(--_radius);background:var(--_soft);margin-bottom:12px}
.notice.error{background:color-mix(in srgb,var(--_danger) 12%,var(--_surface))}
.summary{padding:10px 12px;border:1px solid var(--_line);border-radius:var(--_radius);margin-bottom:12px}.summary p{margin:0}
.actions{display:flex;flex-wrap:wrap;gap:8px;margin-top:12px}
.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
.step{animation:enter .18s ease-out}@keyframes enter{from{opacity:0;translate:0 4px}}
@media (prefers-reduced-motion:reduce){*{animation:none!important;transition:none!important}}
`];
