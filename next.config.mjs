/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The driver and its dependencies stay plain Node modules on the server.
  serverExternalPackages: ["neo4j-driver"],
};

export default nextConfig;
