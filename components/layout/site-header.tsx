import Link from "next/link";

const NAV_ITEMS = [
  { href: "/", label: "Explore" },
  { href: "/documents", label: "Documents" },
  { href: "/analysis", label: "Analysis" },
  { href: "/admin", label: "Admin" },
] as const;

export function SiteHeader() {
  return (
    <header className="site-header">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <Link href="/" className="brand">
        Influence Atlas
      </Link>
      <nav aria-label="Main">
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.href}>
              <Link href={item.href}>{item.label}</Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
