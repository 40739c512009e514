import type { ApiFailure } from "@/components/fetch-json";
import styles from "@/components/admin/admin-console.module.css";

interface ErrorDetails {
  position?: { line: number; column: number; offset: number } | null;
}

/** Neo4j's code, its message and where in the query: never a stack trace (the server sends none). */
export function QueryError({ error }: { error: ApiFailure }) {
  const position = (error.details as ErrorDetails | undefined)?.position;
  return (
    <div role="alert" className={styles.queryError}>
      <p>
        <code>{error.code}</code>
        {position && (
          <span>
            {" "}
            at line {position.line}, column {position.column}
          </span>
        )}
      </p>
      <pre>{error.message}</pre>
    </div>
  );
}
