import Link from "next/link";

const NAV_ITEMS = [
  { href: "/", label: "Explore" },
  { href: "/documents", label: "Documents" },
  { href: "/analysis", label: "Analysis" },
  { href: "/admin", label: "Admin" },
] as const;

// The pages are rendered on demand: prefetching them from every page's header made the server
// render all four on each page load, competing with the page's own data (docs/performance-browser.md).
export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" className="brand" prefetch={false}>
        Influence Atlas
      </Link>
      <nav aria-label="Main">
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.href}>
              <Link href={item.href} prefetch={false}>
                {item.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
