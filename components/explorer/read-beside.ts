"use client";

import { createContext } from "react";
import type { Reading } from "@/lib/explorer/view-state";

/** Opens a passage in the reader pane beside the graph; null where there is no such pane. */
export const ReadBesideContext = createContext<((reading: Reading) => void) | null>(null);
