import type { Metadata } from "next";
import { headers } from "next/headers";
import { VocabTable } from "@/components/methodology/vocab-table";
import { openApiDocument } from "@/lib/api/openapi-document";
import type { OpenApiParameter } from "@/lib/api/openapi-parameters";
import { getTranslations } from "next-intl/server";
import { publicBaseUrl } from "@/lib/env";
import { getFormat } from "@/lib/i18n/get-format";
import { pageMetadata } from "@/lib/i18n/page-metadata";

export const dynamic = "force-dynamic";
export const generateMetadata = (): Promise<Metadata> => pageMetadata("apiDocs");

// The API reference is rendered from the same OpenAPI document that /api/v1/openapi.json serves,
// which is itself generated from the zod schemas that parse requests: the page cannot drift. The
// prose is in the page's language; the endpoints' own summaries and descriptions come from that
// document, which stays English for scripts, so they are marked lang="en".

interface Operation {
  summary: string;
  description?: string;
  parameters?: (OpenApiParameter | { $ref: string })[];
}

type AcceptsWords = (key: string, values: Record<string, string | number>) => string;

function allowedValues(schema: Record<string, unknown>, t: AcceptsWords): string {
  if (schema.type === "array" && schema.items) return t("list", { each: allowedValues(schema.items as Record<string, unknown>, t) });
  if (Array.isArray(schema.anyOf))
    return (schema.anyOf as Record<string, unknown>[])
      .map((option) => (option.const === undefined ? allowedValues(option, t) : String(option.const)))
      .reduce((first, second) => t("or", { first, second }));
  if (schema.type === "integer" && typeof schema.minimum === "number" && typeof schema.maximum === "number")
    return t("integer", { min: schema.minimum, max: schema.maximum });
  if (Array.isArray(schema.enum)) return (schema.enum as unknown[]).join(" | ");
  if (typeof schema.pattern === "string" && schema.pattern.length < 60) return t("pattern", { pattern: schema.pattern });
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

  const [t, fmt] = await Promise.all([getTranslations("apiDocs"), getFormat()]);
  const accepts: AcceptsWords = (key, values) => t(`accepts.${key}`, values);
  const code = (chunks: React.ReactNode) => <code>{chunks}</code>;
  const rules = [
    t.rich("rules.figures", { code }),
    t.rich("rules.paging", { code, max: fmt.formatNumber(1000) }),
    t.rich("rules.csv", { code }),
    t.rich("rules.errors", { code, shape: `{"error": {"code", "message", "param"}}` }),
    t.rich("rules.caching", { code }),
    t.rich("rules.cite", { code }),
  ];

  return (
    <div className="page">
      <h1>{t("title")}</h1>
      <div className="prose">
        <p className="lede">{t.rich("lede", { openapi: (chunks) => <a href="/api/v1/openapi.json">{chunks}</a> })}</p>
        <h2>{t("examples")}</h2>
        <ul>
          {examples.map((url) => (
            <li key={url}>
              <a href={url}>
                <code>{url.replace(base, "")}</code>
              </a>
            </li>
          ))}
        </ul>
        <h2>{t("conventions")}</h2>
        <ul>
          {rules.map((rule, index) => (
            <li key={index}>{rule}</li>
          ))}
        </ul>
      </div>
      <h2>{t("endpoints")}</h2>
      {t("englishNote") ? <p className="muted">{t("englishNote")}</p> : null}
      {operations.map(({ path, method, operation }) => {
        const parameters = (operation.parameters ?? []).filter((p): p is OpenApiParameter => "name" in p);
        const id = `ep-${method}-${path}`.replace(/[^A-Za-z0-9-]/g, "-");
        return (
          <section key={id} aria-labelledby={id}>
            <h3 id={id}>
              <code>
                {method} {path}
              </code>{" "}
              — <span lang="en">{operation.summary}</span>
            </h3>
            {operation.description ? (
              <p className="prose" lang="en">
                {operation.description}
              </p>
            ) : null}
            {parameters.length > 0 ? (
              <VocabTable
                caption={t("parametersOf", { endpoint: `${method} ${path}` })}
                headers={[t("columns.name"), t("columns.in"), t("columns.accepts"), t("columns.default"), t("columns.description")]}
                rows={parameters.map((p) => [
                  <code key="n">{p.name}</code>,
                  <code key="i">{p.in}</code>,
                  <code key="a">{allowedValues(p.schema, accepts)}</code>,
                  p.schema.default === undefined ? "—" : <code key="d">{String(p.schema.default)}</code>,
                  <span key="d" lang="en">
                    {p.description ?? ""}
                  </span>,
                ])}
              />
            ) : (
              <p className="muted">{t("noParameters")}</p>
            )}
          </section>
        );
      })}
    </div>
  );
}
