import type { Metadata } from "next";
import { headers } from "next/headers";
import { VocabTable } from "@/components/methodology/vocab-table";
import { openApiDocument } from "@/lib/api/openapi-document";
import type { OpenApiParameter } from "@/lib/api/openapi-parameters";
import { publicBaseUrl } from "@/lib/env";

export const dynamic = "force-dynamic";
export const metadata: Metadata = {
  title: "API",
  description: "Aidflow's public read API: figures, events and datasets as JSON or CSV, with an OpenAPI 3.1 description.",
};

// The API reference is rendered from the same OpenAPI document that /api/v1/openapi.json serves,
// which is itself generated from the zod schemas that parse requests: the page cannot drift.

interface Operation {
  summary: string;
  description?: string;
  parameters?: (OpenApiParameter | { $ref: string })[];
}

function allowedValues(schema: Record<string, unknown>): string {
  if (schema.type === "array" && schema.items) return `comma-separated list; each ${allowedValues(schema.items as Record<string, unknown>)}`;
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as Record<string, unknown>[]).map((option) => (option.const === undefined ? allowedValues(option) : String(option.const))).join(" or ");
  if (schema.type === "integer" && typeof schema.minimum === "number" && typeof schema.maximum === "number")
    return `integer ${schema.minimum}–${schema.maximum}`;
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).join(" | ");
  if (typeof schema.pattern === "string" && schema.pattern.length < 60) return `pattern ${schema.pattern}`;
  if (typeof schema.type === "string") return schema.type;
  return "string";
}

async function origin(): Promise<string> {
  const list = await headers();
  const host = list.get("host");
  const proto = list.get("x-forwarded-proto") ?? "http";
  return host ? `${proto}://${host}` : publicBaseUrl();
}

export default async function ApiDocsPage() {
  const base = await origin();
  const document = openApiDocument(base);
  const operations = Object.entries(document.paths as unknown as Record<string, Record<string, Operation>>).flatMap(
    ([path, methods]) => Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  const examples = [
    `${base}/api/v1/figures?from=USSR&to=PRC&sort=-value&limit=20`,
    `${base}/api/v1/figures?category=commodity_exports&unit=t&format=csv`,
    `${base}/api/v1/figures?q=soybeans`,
    `${base}/api/v1/events?phase=escalation`,
    `${base}/api/v1/datasets`,
  ];

  return (
    <div className="page">
      <h1>Data API</h1>
      <div className="prose">
        <p className="lede">
          Everything on this site is available as JSON or CSV, without a key. The API is read-only and versioned
          (v1). Its full description is an{" "}
          <a href="/api/v1/openapi.json">OpenAPI 3.1 document</a>, generated from the same schemas that check every
          request.
        </p>
        <h2>Examples</h2>
        <ul>
          {examples.map((url) => (
            <li key={url}>
              <a href={url}>
                <code>{url.replace(base, "")}</code>
              </a>
            </li>
          ))}
        </ul>
        <h2>Conventions</h2>
        <ul>
          <li>
            Each figure carries its <code>value</code> (a number in its <code>unit</code>), the text as printed (
            <code>valuePrinted</code>), its <code>qualifier</code>, its <code>period</code>, its direction (
            <code>from</code>, <code>to</code>) and its source, section and phrase. Figures in different units are
            never added, and no value is ever converted by the API.
          </li>
          <li>
            Lists are paged with <code>limit</code> (at most 1,000) and either <code>page</code> or a{" "}
            <code>cursor</code> from <code>meta.nextCursor</code>. <code>meta.total</code> counts every match and{" "}
            <code>meta.query</code> echoes the query as the server understood it.
          </li>
          <li>
            <code>format=csv</code> streams every matching row in the same order as one RFC 4180 file, with raw numbers,
            ISO dates and a source citation and permalink on every row. Add <code>bom=true</code> for Excel.
          </li>
          <li>
            Mistakes get <code>400</code> with{" "}
            <code>{`{"error": {"code", "message", "param"}}`}</code> naming the parameter: unknown or repeated
            parameters, malformed numbers (<code>1,816</code>, <code>1e3</code>, <code>0x10</code>), unknown codes, an
            inverted year range. Unknown ids get <code>404</code> in the same shape.
          </li>
          <li>
            Answers carry a strong <code>ETag</code> and <code>Cache-Control</code>; send the ETag back in{" "}
            <code>If-None-Match</code> to get <code>304 Not Modified</code>.
          </li>
          <li>Please cite the dataset as given by <code>/api/v1/datasets</code> (field <code>citation</code>).</li>
        </ul>
      </div>
      <h2>Endpoints</h2>
      {operations.map(({ path, method, operation }) => {
        const parameters = (operation.parameters ?? []).filter((p): p is OpenApiParameter => "name" in p);
        const id = `ep-${method}-${path}`.replace(/[^A-Za-z0-9-]/g, "-");
        return (
          <section key={id} aria-labelledby={id}>
            <h3 id={id}>
              <code>
                {method} {path}
              </code>{" "}
              — {operation.summary}
            </h3>
            {operation.description ? <p className="prose">{operation.description}</p> : null}
            {parameters.length > 0 ? (
              <VocabTable
                caption={`Parameters of ${method} ${path}`}
                headers={["Name", "In", "Accepts", "Default", "Description"]}
                rows={parameters.map((p) => [
                  <code key="n">{p.name}</code>,
                  p.in,
                  <code key="a">{allowedValues(p.schema)}</code>,
                  p.schema.default === undefined ? "—" : String(p.schema.default),
                  p.description ?? "",
                ])}
              />
            ) : (
              <p className="muted">No parameters.</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
