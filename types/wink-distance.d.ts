// wink-distance ships no typings; only what lib/text uses is declared.
declare module "wink-distance" {
  const distance: {
    /** Jaro-Winkler distance in [0, 1]: 0 for identical strings. */
    string: { jaroWinkler(a: string, b: string): number };
  };
  export default distance;
}
