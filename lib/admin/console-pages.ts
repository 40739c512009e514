/** Page sizes the console page asks for (no server imports: the client components read them too). */
export const HISTORY_PAGE = 30;
export const AUDIT_PAGE = 50;
