// The public read API in a process of its own, for the concurrency stress test: a plain Node HTTP
// server that hands each request to the real route handlers (app/api/v1/**/route.ts), which read
// the database through lib/db exactly as under `next start`. It avoids a production build; point
// STRESS_BASE_URL at a running `next start` to test through Next itself instead.
// Usage: DATABASE_FILE=... tsx tests/stress/api-server.ts <port>
import http from "node:http";

const port = Number(process.argv[2] ?? 3295);

const routes = {
  figures: await import("@/app/api/v1/figures/route"),
  figure: await import("@/app/api/v1/figures/[id]/route"),
  datasets: await import("@/app/api/v1/datasets/route"),
  dataset: await import("@/app/api/v1/datasets/[slug]/route"),
  events: await import("@/app/api/v1/events/route"),
};

async function answer(url: URL, headers: Headers): Promise<Response> {
  const [, api, version, resource, param, extra] = url.pathname.split("/");
  const request = new Request(url, { headers });
  if (api !== "api" || version !== "v1" || extra !== undefined) return new Response("not found", { status: 404 });
  if (resource === "figures" && param) return routes.figure.GET(request, { params: Promise.resolve({ id: param }) });
  if (resource === "figures") return routes.figures.GET(request);
  if (resource === "datasets" && param) return routes.dataset.GET(request, { params: Promise.resolve({ slug: param }) });
  if (resource === "datasets") return routes.datasets.GET(request);
  if (resource === "events" && !param) return routes.events.GET(request);
  return new Response("not found", { status: 404 });
}

const server = http.createServer(async (req, res) => {
  try {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) if (typeof value === "string") headers.set(name, value);
    const response = await answer(new URL(req.url ?? "/", `http://localhost:${port}`), headers);
    res.writeHead(response.status, Object.fromEntries(response.headers));
    if (response.body) for await (const chunk of response.body) res.write(chunk);
    res.end();
  } catch (error) {
    console.error("[api-server]", error);
    res.writeHead(599);
    res.end(String(error));
  }
});
server.listen(port, () => console.log(`api-server ready on ${port}`));
