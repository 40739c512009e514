/** Known console accounts of every throwaway app (the harness sets them, the browser specs sign in). */
export const E2E_ANALYST = { username: "analyst", password: "e2e-analyst-password" };
export const E2E_ADMIN = { username: "admin", password: "e2e-admin-password" };

/** Secret-shaped values present in the environment of the production build the throwaway apps serve. */
export const BUILD_CANARIES = {
  NEO4J_PASSWORD: "canary-neo4j-password-7f3a9c",
  ATLAS_ADMIN_PASSWORD: "canary-admin-password-5d2e81",
  ATLAS_ANALYST_PASSWORD: "canary-analyst-password-9b4c07",
};
