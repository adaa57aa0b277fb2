import { css } from 'lit';

/**
 * The theme both elements share: five `--slotkit-*` properties, with light and dark defaults
 * picked by `color-scheme` (`theme` attribute, else the page's prefers-color-scheme).
 */
export const themeStyles = css`
:host{color-scheme:light dark;--_accent:var(--slotkit-accent,light-dark(#2b59c3,#8fb0ff));--_radius:var(--slotkit-radius,10px);--_surface:var(--slotkit-surface,light-dark(#fff,#17191c));--_text:var(--slotkit-text,light-dark(#1c2024,#eceef0));--_danger:light-dark(#b3261e,#ffb4ab);font-family:var(--slotkit-font,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif)}
:host([theme=light]){color-scheme:light}:host([theme=dark]){color-scheme:dark}:host([hidden]){display:none}
*{box-sizing:border-box}:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
`;
