import { useId } from "react";
import type { ActorRef } from "@/lib/analysis/types";

export interface ActorSelectProps {
  label: string;
  name: string;
  actors: ActorRef[];
  value: string;
  onChange: (id: string) => void;
}

export function ActorSelect({ label, name, actors, value, onChange }: ActorSelectProps) {
  const id = useId();
  // A separate label (not wrapping the select) keeps the accessible name to the label text alone.
  return (
    <div style={{ display: "flex", flexDirection: "column", gap: "0.2rem" }}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} value={value} onChange={(e) => onChange(e.target.value)}>
        {actors.map((a) => (
          <option key={a.id} value={a.id}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
