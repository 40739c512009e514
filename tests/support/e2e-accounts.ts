/** Known console accounts for the Playwright run (the e2e server sets them, the specs sign in). */
export const E2E_ANALYST = { username: "analyst", password: "e2e-analyst-password" };
export const E2E_ADMIN = { username: "admin", password: "e2e-admin-password" };
