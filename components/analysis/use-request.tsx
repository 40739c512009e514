import { useState } from "react";
import styles from "@/components/analysis/analysis.module.css";

export type RequestState<T> =
  | { state: "idle" }
  | { state: "loading" }
  | { state: "done"; value: T }
  | { state: "error"; message: string };

/** One form's request on /analysis: idle, loading, its answer, or the error to show. */
export function useRequest<T>() {
  const [result, setResult] = useState<RequestState<T>>({ state: "idle" });
  async function run(work: () => Promise<T>): Promise<void> {
    setResult({ state: "loading" });
    try {
      setResult({ state: "done", value: await work() });
    } catch (error) {
      setResult({ state: "error", message: (error as Error).message });
    }
  }
  return [result, run] as const;
}

/** What a pending or failed request says in the form's live region. */
export function RequestStatus({
  result,
  loading,
}: {
  result: RequestState<unknown>;
  loading: string;
}) {
  if (result.state === "loading") return <p>{loading}</p>;
  if (result.state === "error") return <p className={styles.error}>{result.message}</p>;
  return null;
}
