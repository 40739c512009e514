/** Seeds a throwaway database; filled in by the seed loader. */
export async function seedDatabase(env: NodeJS.ProcessEnv): Promise<void> {
  void env;
}
