import { css } from 'lit';

/**
 * The dashboard's design tokens (`--sk-*`) and document-level rules, adopted by the document
 * (not a <style> tag: the CSP allows no inline styles). Light and dark come from
 * `prefers-color-scheme`, overridden by `data-theme="light|dark"` on <html>.
 */
export const documentStyles = css`
:root{color-scheme:light dark;
--sk-font:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;--sk-mono:ui-monospace,SFMono-Regular,Menlo,monospace;
--sk-bg:light-dark(#f6f7f9,#101214);--sk-surface:light-dark(#fff,#181b1f);--sk-surface-2:light-dark(#f0f2f5,#22262b);
--sk-border:light-dark(#d5d9e0,#3a4048);--sk-text:light-dark(#1c2024,#eceef0);--sk-muted:light-dark(#555e69,#a9b1bb);
--sk-accent:light-dark(#2b59c3,#8fb0ff);--sk-accent-text:light-dark(#fff,#0b1a3a);--sk-accent-soft:light-dark(#e6edfb,#1d2a47);
--sk-danger:light-dark(#b3261e,#ffb4ab);--sk-danger-soft:light-dark(#fce8e6,#3b1d1b);
--sk-success:light-dark(#1b6e3a,#8fdca8);--sk-success-soft:light-dark(#e3f4e8,#16301f);
--sk-warning:light-dark(#7a5200,#ffd27a);--sk-warning-soft:light-dark(#fff3d6,#3a2c0c);
--sk-radius:8px;--sk-space:1rem;--sk-shadow:0 1px 2px rgb(0 0 0 / .08),0 4px 16px rgb(0 0 0 / .08);
--sk-nav-width:15rem}
:root[data-theme=light]{color-scheme:light}:root[data-theme=dark]{color-scheme:dark}
html,body{margin:0;background:var(--sk-bg);color:var(--sk-text);font-family:var(--sk-font);line-height:1.5;font-size:15px}
*{box-sizing:border-box}
`;
