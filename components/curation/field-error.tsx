export interface FieldErrorProps {
  id: string;
  message: string | undefined;
}

/** A field's error beside it, announced when it appears (the field names it in aria-describedby). */
export function FieldError({ id, message }: FieldErrorProps) {
  return (
    <span id={id} className="field-error" aria-live="polite">
      {message}
    </span>
  );
}
