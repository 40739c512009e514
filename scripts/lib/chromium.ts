import { existsSync } from "node:fs";
import type { LaunchOptions } from "@playwright/test";

// Playwright cannot download its own browsers here: use Debian's Chromium where it is installed,
// with the flags this closed network needs; elsewhere Playwright's bundled browser.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";

export const CHROMIUM_LAUNCH_OPTIONS: LaunchOptions = {
  executablePath: existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
  ],
};
