"use client";

import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { CypherEditor as Neo4jCypherEditor } from "@neo4j-cypher/react-codemirror";
import { useEffect, useRef } from "react";
import type { EditorApi } from "@neo4j-cypher/codemirror";
import type { GraphSchemaInfo } from "@/lib/cypher/graph-schema";

export interface CypherEditorProps {
  /** Text to load; a new `loadId` loads it again even when unchanged. */
  initialValue: string;
  loadId: number;
  schema: GraphSchemaInfo | null;
  parameters: string[];
  onChange: (value: string) => void;
  onRun: () => void;
}

/** Neo4j's own Cypher editor; Ctrl/Cmd-Enter runs the query. Client only (it needs the DOM). */
export function CypherEditor({
  initialValue,
  loadId,
  schema,
  parameters,
  onChange,
  onRun,
}: CypherEditorProps) {
  const editor = useRef<EditorApi | null>(null);
  const run = useRef(onRun);
  useEffect(() => {
    run.current = onRun;
  }, [onRun]);

  useEffect(() => {
    if (loadId > 0) {
      editor.current?.setValue(initialValue);
      editor.current?.focus();
    }
    // Loading is driven by loadId alone, not by every change of the text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [loadId]);

  return (
    <Neo4jCypherEditor
      className="atlas-cypher-editor"
      value={initialValue}
      autofocus={false}
      lineWrapping
      schema={{ ...schema, parameters }}
      onEditorCreated={(api) => {
        editor.current = api;
      }}
      onValueChanged={(value) => onChange(value)}
      onKeyDown={(event) => {
        if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
          event.preventDefault();
          run.current();
        }
      }}
    />
  );
}
