import { startThrowawayApp } from "@/scripts/lib/harness/throwaway-app";

/**
 * Playwright's web server: the harness's throwaway app (production build, seeded throwaway Neo4j)
 * on E2E_PORT. Everything stops when Playwright sends SIGTERM at the end of the run.
 */
async function main(): Promise<void> {
  const port = Number(process.env.E2E_PORT ?? 3100);
  const app = await startThrowawayApp({ port, build: true, stdio: "inherit" });
  const shutdown = async (code: number) => {
    await app.stop();
    process.exit(code);
  };
  process.on("SIGTERM", () => void shutdown(0));
  process.on("SIGINT", () => void shutdown(0));
  void app.exited.then((code) => shutdown(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
