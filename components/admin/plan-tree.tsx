import type { PlanNode } from "@/lib/cypher/plan";
import styles from "@/components/admin/admin-console.module.css";

function PlanItem({ node }: { node: PlanNode }) {
  const figures = [
    node.estimatedRows !== null && `est. rows ${Math.round(node.estimatedRows * 100) / 100}`,
    node.rows !== undefined && `rows ${node.rows}`,
    node.dbHits !== undefined && `db hits ${node.dbHits}`,
    node.pageCacheHits !== undefined &&
      `page cache hits ${node.pageCacheHits}/${node.pageCacheHits + (node.pageCacheMisses ?? 0)}`,
    node.memoryBytes !== undefined && `memory ${node.memoryBytes} B`,
  ].filter(Boolean);
  return (
    <li>
      <div className={styles.planOperator}>
        <strong>{node.operator}</strong>
        {node.details && <code>{node.details}</code>}
        <span className={styles.muted}>{figures.join(" · ")}</span>
      </div>
      {node.children.length > 0 && (
        <ul>
          {node.children.map((child, i) => (
            <PlanItem key={i} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The plan from the result row upwards: the root is the last operator to run. */
export function PlanTree({ plan }: { plan: PlanNode }) {
  return (
    <ul className={styles.planTree} aria-label="Query plan">
      <PlanItem node={plan} />
    </ul>
  );
}
