import type { Metadata } from "next";
import { Suspense, type ReactNode } from "react";
import { DatabaseBanner } from "@/components/layout/database-banner";
import { SiteHeader } from "@/components/layout/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Influence Atlas", template: "%s · Influence Atlas" },
  description:
    "Explore who influences whom, and who is hostile to whom, among political actors — every claim traceable to a passage.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <SiteHeader />
        {/* Streams in after the check, so a slow or dead database never holds the page back. */}
        <Suspense fallback={null}>
          <DatabaseBanner />
        </Suspense>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
