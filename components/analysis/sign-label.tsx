import styles from "@/components/analysis/analysis.module.css";

export function SignLabel({ sign }: { sign: number }) {
  if (sign > 0) return <span className={styles.plus}>+ friendly</span>;
  if (sign < 0) return <span className={styles.minus}>− hostile</span>;
  return <span>± contested</span>;
}
