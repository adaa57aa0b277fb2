import { css } from 'lit';

/**
 * Rules every dashboard element shares inside its shadow root: buttons, form controls,
 * tables, badges, layout helpers. Elements list it first in `static styles`.
 */
export const sharedStyles = css`
:host{display:block;color:var(--sk-text);font-family:var(--sk-font)}
:host([hidden]),[hidden]{display:none!important}
*{box-sizing:border-box}
:focus-visible{outline:2px solid var(--sk-accent);outline-offset:2px}
h1,h2,h3{line-height:1.25;margin:0}
h1{font-size:1.5rem}h2{font-size:1.15rem}h3{font-size:1rem}
p{margin:0 0 .75rem}
a{color:var(--sk-accent)}
.muted{color:var(--sk-muted)}
.mono{font-family:var(--sk-mono);font-size:.9em}
.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}
.card{background:var(--sk-surface);border:1px solid var(--sk-border);border-radius:var(--sk-radius);padding:var(--sk-space)}
.stack{display:flex;flex-direction:column;gap:.75rem}
.row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:center}
.row.end{justify-content:flex-end}
.grid{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,14rem),1fr))}
button,.button{font:inherit;display:inline-flex;align-items:center;justify-content:center;gap:.35rem;min-height:2.25rem;padding:.35rem .9rem;border-radius:var(--sk-radius);border:1px solid var(--sk-border);background:var(--sk-surface);color:var(--sk-text);cursor:pointer;text-decoration:none;white-space:nowrap}
button:hover:not(:disabled),.button:hover{background:var(--sk-surface-2)}
button.primary,.button.primary{background:var(--sk-accent);border-color:var(--sk-accent);color:var(--sk-accent-text)}
button.primary:hover:not(:disabled){filter:brightness(1.08);background:var(--sk-accent)}
button.danger{color:var(--sk-danger);border-color:var(--sk-danger)}
button.link{border:0;background:none;color:var(--sk-accent);padding:0;min-height:auto;text-decoration:underline}
button:disabled{opacity:.55;cursor:not-allowed}
input,select,textarea{font:inherit;color:var(--sk-text);background:var(--sk-surface);border:1px solid var(--sk-border);border-radius:var(--sk-radius);padding:.4rem .6rem;min-height:2.25rem;max-width:100%}
input[type=checkbox],input[type=radio]{min-height:auto;width:1.05rem;height:1.05rem;accent-color:var(--sk-accent)}
textarea{min-height:5rem;width:100%}
label{font-weight:500}
fieldset{border:1px solid var(--sk-border);border-radius:var(--sk-radius);padding:.75rem;margin:0}
legend{font-weight:600;padding:0 .25rem}
.table-wrap{overflow-x:auto;border:1px solid var(--sk-border);border-radius:var(--sk-radius);background:var(--sk-surface)}
table{width:100%;border-collapse:collapse}
th,td{text-align:left;padding:.55rem .75rem;border-bottom:1px solid var(--sk-border);vertical-align:top}
th{font-weight:600;font-size:.85rem;color:var(--sk-muted);background:var(--sk-surface-2)}
tbody tr:last-child td{border-bottom:0}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:999px;font-size:.8rem;font-weight:600;background:var(--sk-surface-2);color:var(--sk-text);white-space:nowrap}
.badge.confirmed,.badge.completed,.badge.succeeded,.badge.active{background:var(--sk-success-soft);color:var(--sk-success)}
.badge.pending,.badge.pending_payment,.badge.invited{background:var(--sk-warning-soft);color:var(--sk-warning)}
.badge.cancelled,.badge.declined,.badge.no_show,.badge.failed{background:var(--sk-danger-soft);color:var(--sk-danger)}
.error-text{color:var(--sk-danger)}
.spacer{flex:1}
.cell-stack{display:flex;flex-direction:column;min-width:0}
.nowrap{white-space:nowrap}
`;
