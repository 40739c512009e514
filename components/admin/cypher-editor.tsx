"use client";

import "@neo4j-cypher/codemirror/css/cypher-codemirror.css";
import { CypherEditor as Neo4jCypherEditor } from "@neo4j-cypher/react-codemirror";
import { useEffect, useMemo, useRef } from "react";
import type { EditorApi } from "@neo4j-cypher/codemirror";
import type { GraphSchemaInfo } from "@/lib/cypher/graph-schema";

const asToken = (name: string) =>
  /^[\p{L}_][\p{L}\p{N}_]*$/u.test(name) ? `:${name}` : `:\`${name.replaceAll("`", "``")}\``;

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

  // A new schema object makes the editor re-read it and close an open completion list.
  const parameterKey = parameters.join("\u0000");
  const editorSchema = useMemo(
    () => ({
      // The editor expects labels and types as they are written after the colon.
      labels: schema?.labels.map(asToken),
      relationshipTypes: schema?.relationshipTypes.map(asToken),
      propertyKeys: schema?.propertyKeys,
      parameters: parameterKey ? parameterKey.split("\u0000") : [],
    }),
    [schema, parameterKey],
  );

  return (
    <Neo4jCypherEditor
      className="atlas-cypher-editor"
      value={initialValue}
      autofocus={false}
      lineWrapping
      schema={editorSchema}
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
