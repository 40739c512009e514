import { blockedAddressClass } from "@/lib/documents/blocked-address";

describe("blockedAddressClass", () => {
  it.each([
    ["127.0.0.1", /loopback/],
    ["127.255.0.9", /loopback/],
    ["::1", /loopback/],
    ["0.0.0.0", /unspecified/],
    ["0.1.2.3", /unspecified/],
    ["::", /unspecified/],
    ["10.1.2.3", /private/],
    ["172.16.0.1", /private/],
    ["172.31.255.255", /private/],
    ["192.168.1.1", /private/],
    ["169.254.169.254", /link-local/],
    ["fe80::1", /link-local/],
    ["100.64.0.1", /carrier-grade NAT/],
    ["100.127.255.255", /carrier-grade NAT/],
    ["224.0.0.1", /multicast/],
    ["ff02::1", /multicast/],
    ["255.255.255.255", /reserved or broadcast/],
    ["fc00::1", /unique-local/],
    ["fd12:3456::1", /unique-local/],
    ["::ffff:127.0.0.1", /embedding an IPv4/],
    ["::ffff:8.8.8.8", /embedding an IPv4/],
    ["::ffff:a9fe:a9fe", /embedding an IPv4/],
    ["64:ff9b::a00:1", /embedding an IPv4/],
    ["2002:7f00:1::", /embedding an IPv4/],
    ["not-an-ip", /not an IP address/],
  ])("refuses %s", (address, label) => {
    expect(blockedAddressClass(address)).toMatch(label);
  });

  it.each(["8.8.8.8", "1.1.1.1", "172.32.0.1", "100.128.0.1", "192.169.0.1", "2606:4700::1111"])(
    "allows the public address %s",
    (address) => {
      expect(blockedAddressClass(address)).toBeNull();
    },
  );
});
