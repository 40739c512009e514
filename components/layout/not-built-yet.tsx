export interface NotBuiltYetProps {
  title: string;
  children: React.ReactNode;
}

export function NotBuiltYet({ title, children }: NotBuiltYetProps) {
  return (
    <section className="page-placeholder">
      <h1>{title}</h1>
      <p>
        <strong>Not built yet.</strong> {children}
      </p>
    </section>
  );
}
