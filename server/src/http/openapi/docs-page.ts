import { escapeHtml } from '../../escape-html.ts';

type JsonObject = Record<string, any>;

function schemaText(schema: JsonObject | undefined): string {
  if (!schema) return '';
  return escapeHtml(JSON.stringify(schema, null, 2));
}

/**
 * A readable, self-contained API reference rendered on the server from the OpenAPI
 * document: no scripts, no CDN, works offline.
 */
export function renderDocsPage(doc: JsonObject): string {
  const byTag = new Map<string, string[]>();
  for (const [path, methods] of Object.entries(doc.paths as JsonObject)) {
    for (const [method, op] of Object.entries(methods as JsonObject)) {
      const params = (op.parameters ?? []) as JsonObject[];
      const responses = Object.entries(op.responses as JsonObject).map(([status, r]) => {
        const content = (r as JsonObject).content as JsonObject | undefined;
        const [type, body] = content ? Object.entries(content)[0]! : [];
        return `<li><code>${escapeHtml(status)}</code> ${escapeHtml((r as JsonObject).description)}${type ? ` <small>(${escapeHtml(type)})</small>` : ''}${
          body && status !== 'default' ? `<details><summary>Schema</summary><pre>${schemaText((body as JsonObject).schema)}</pre></details>` : ''}</li>`;
      }).join('');
      const html = `<section class="op" id="${escapeHtml(op.operationId)}">
  <h3><span class="m m-${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code></h3>
  <p>${escapeHtml(op.summary)}${op.security?.length ? ' <span class="auth">API key</span>' : ''}</p>
  ${params.length ? `<h4>Parameters</h4><ul>${params.map((p) => `<li><code>${escapeHtml(p.name)}</code> <small>${escapeHtml(p.in)}${p.required ? ', required' : ''}</small></li>`).join('')}</ul>` : ''}
  ${op.requestBody ? `<h4>Body</h4><details><summary>Schema</summary><pre>${schemaText(op.requestBody.content['application/json'].schema)}</pre></details>` : ''}
  <h4>Responses</h4><ul>${responses}</ul>
</section>`;
      const tag = (op.tags?.[0] ?? 'Other') as string;
      byTag.set(tag, [...(byTag.get(tag) ?? []), html]);
    }
  }
  const nav = [...byTag.keys()].map((tag) => `<li><a href="#tag-${escapeHtml(tag)}">${escapeHtml(tag)}</a></li>`).join('');
  const body = [...byTag.entries()].map(([tag, ops]) => `<h2 id="tag-${escapeHtml(tag)}">${escapeHtml(tag)}</h2>${ops.join('')}`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(doc.info.title)} reference</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 0; color: #1f2328; background: #fff; }
  @media (prefers-color-scheme: dark) { body { color: #e6edf3; background: #0d1117; } pre, code { background: #161b22 !important; } }
  header { padding: 1.5rem 2rem; border-bottom: 1px solid #8884; }
  main { display: grid; grid-template-columns: minmax(10rem, 14rem) 1fr; gap: 2rem; padding: 0 2rem 4rem; }
  nav ul { list-style: none; padding: 0; position: sticky; top: 1rem; }
  .op { border: 1px solid #8884; border-radius: 8px; padding: 0 1rem 0.5rem; margin: 1rem 0; }
  .m { font: 600 12px monospace; padding: 2px 6px; border-radius: 4px; color: #fff; background: #57606a; }
  .m-get { background: #0969da; } .m-post { background: #1a7f37; } .m-patch { background: #9a6700; } .m-delete { background: #cf222e; }
  .auth { font-size: 12px; border: 1px solid #8886; border-radius: 4px; padding: 0 4px; }
  pre { overflow: auto; background: #f6f8fa; padding: 0.5rem; border-radius: 6px; font-size: 12px; }
  code { background: #f6f8fa; padding: 0 3px; border-radius: 3px; }
  @media (max-width: 700px) { main { grid-template-columns: 1fr; } nav { display: none; } }
</style></head>
<body><header><h1>${escapeHtml(doc.info.title)} <small>${escapeHtml(doc.info.version)}</small></h1>
<p>${escapeHtml(doc.info.description)} Machine-readable: <a href="/openapi.json">/openapi.json</a>. Errors are <code>application/problem+json</code> with a stable <code>code</code>.</p></header>
<main><nav aria-label="Sections"><ul>${nav}</ul></nav><div>${body}</div></main></body></html>`;
}
