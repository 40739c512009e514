import { BlockList, isIP } from "node:net";

// Addresses a fetch on a user's behalf must never reach: the server itself, its network, cloud
// metadata (169.254.169.254), and the IPv6 forms that wrap an IPv4 address and would smuggle one
// of those past a check of IPv4 ranges.
const RANGES: { label: string; cidrs: [string, number, "ipv4" | "ipv6"][] }[] = [
  {
    label: "a loopback address",
    cidrs: [
      ["127.0.0.0", 8, "ipv4"],
      ["::1", 128, "ipv6"],
    ],
  },
  {
    label: "an unspecified or 'this network' address",
    cidrs: [
      ["0.0.0.0", 8, "ipv4"],
      ["::", 128, "ipv6"],
    ],
  },
  {
    label: "a private address",
    cidrs: [
      ["10.0.0.0", 8, "ipv4"],
      ["172.16.0.0", 12, "ipv4"],
      ["192.168.0.0", 16, "ipv4"],
    ],
  },
  {
    label: "a link-local address (cloud metadata lives here)",
    cidrs: [
      ["169.254.0.0", 16, "ipv4"],
      ["fe80::", 10, "ipv6"],
    ],
  },
  { label: "a carrier-grade NAT address", cidrs: [["100.64.0.0", 10, "ipv4"]] },
  {
    label: "a multicast address",
    cidrs: [
      ["224.0.0.0", 4, "ipv4"],
      ["ff00::", 8, "ipv6"],
    ],
  },
  {
    label: "a reserved or broadcast address",
    cidrs: [
      ["240.0.0.0", 4, "ipv4"],
      ["192.0.0.0", 24, "ipv4"],
      ["198.18.0.0", 15, "ipv4"],
    ],
  },
  {
    label: "a documentation address",
    cidrs: [
      ["192.0.2.0", 24, "ipv4"],
      ["198.51.100.0", 24, "ipv4"],
      ["203.0.113.0", 24, "ipv4"],
      ["2001:db8::", 32, "ipv6"],
    ],
  },
  {
    label: "a unique-local IPv6 address",
    cidrs: [
      ["fc00::", 7, "ipv6"],
      ["fec0::", 10, "ipv6"],
    ],
  },
  {
    label: "an IPv6 address embedding an IPv4 one (mapped, NAT64 or 6to4)",
    cidrs: [
      ["::ffff:0:0", 96, "ipv6"],
      ["64:ff9b::", 96, "ipv6"],
      ["64:ff9b:1::", 48, "ipv6"],
      ["2002::", 16, "ipv6"],
      ["::", 96, "ipv6"],
    ],
  },
];

// One list per family: a BlockList matches an IPv4 address against IPv6 rules too (8.8.8.8 falls
// in ::/96), so each address is checked only against the rules written for its family.
const LISTS = RANGES.flatMap(({ label, cidrs }) =>
  (["ipv4", "ipv6"] as const).map((family) => {
    const list = new BlockList();
    for (const [network, prefix, of] of cidrs)
      if (of === family) list.addSubnet(network, prefix, of);
    return { label, family, list };
  }),
);

/** Why an address may not be fetched ("a private address"), or null for a public one. */
export function blockedAddressClass(address: string): string | null {
  const version = isIP(address);
  if (version === 0) return "not an IP address";
  const family = version === 4 ? "ipv4" : "ipv6";
  return (
    LISTS.find((entry) => entry.family === family && entry.list.check(address, family))?.label ??
    null
  );
}
