"use client";

import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";

interface DocumentChanges {
  /** Moves on after every decision, edit or revert made on the review page. */
  generation: number;
  changed: () => void;
}

const Context = createContext<DocumentChanges>({ generation: 0, changed: () => undefined });

/**
 * Tells the parts of the review page that summarise the document ("Where this document stands")
 * that a tab changed it, so their counts follow each decision without a reload.
 */
export function DocumentChangesProvider({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const changed = useCallback(() => setGeneration((n) => n + 1), []);
  const value = useMemo(() => ({ generation, changed }), [generation, changed]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export const useDocumentChanges = () => useContext(Context);
