import { readRows, type Db } from "@/lib/db/session";

export interface GraphSchemaInfo {
  labels: string[];
  relationshipTypes: string[];
  propertyKeys: string[];
}

/** The live schema's names, for the editor's autocompletion. */
export async function graphSchemaInfo(db: Db): Promise<GraphSchemaInfo> {
  const [row] = await readRows(
    db,
    `CALL db.labels() YIELD label WITH collect(label) AS labels
     CALL db.relationshipTypes() YIELD relationshipType WITH labels, collect(relationshipType) AS types
     CALL db.propertyKeys() YIELD propertyKey
     RETURN labels, types, collect(propertyKey) AS keys`,
  );
  const sorted = (value: unknown) => ((value as string[] | undefined) ?? []).toSorted();
  return {
    labels: sorted(row?.labels),
    relationshipTypes: sorted(row?.types),
    propertyKeys: sorted(row?.keys),
  };
}
