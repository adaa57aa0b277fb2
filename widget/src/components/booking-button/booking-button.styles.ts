import { css } from 'lit';
import { themeStyles } from '../../theme.styles.ts';

/** The look of `<booking-button>`: the trigger, the modal dialog and the popover. */
export const bookingButtonStyles = [themeStyles, css`
:host{display:inline-block}
.trigger{font:inherit;font-weight:600;min-height:40px;padding:8px 16px;cursor:pointer;border:0;border-radius:var(--_radius);background:var(--_accent);color:var(--_surface)}
dialog,.popover{padding:0;border:0;border-radius:var(--_radius);background:var(--_surface);color:var(--_text);box-shadow:0 12px 40px #0004;overflow:auto}
dialog{width:min(760px,100vw - 16px);max-height:calc(100dvh - 16px)}dialog::backdrop{background:#0007}
.popover{position:fixed;inset:auto;margin:0;width:min(720px,100vw - 16px);max-height:min(640px,100dvh - 16px)}
.bar{display:flex;justify-content:flex-end;padding:8px 8px 0}
.close{width:40px;height:40px;border:0;border-radius:50%;background:none;color:inherit;font-size:24px;cursor:pointer}
@media (prefers-reduced-motion:no-preference){[open],:popover-open{animation:appear .16s ease-out}}@keyframes appear{from{opacity:0;translate:0 6px}}
`];
