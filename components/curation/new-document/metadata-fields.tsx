"use client";

import type { DocumentMetadata } from "@/lib/documents/extract/types";
import { FieldError } from "@/components/curation/field-error";

export type MetadataKey = keyof DocumentMetadata;
export type MetadataDraft = Record<MetadataKey, string>;

const FIELDS: { key: MetadataKey; label: string; type?: string; hint?: string }[] = [
  { key: "title", label: "Title (required)" },
  { key: "publisher", label: "Publisher" },
  { key: "author", label: "Author" },
  { key: "published", label: "Published", hint: "YYYY, YYYY-MM or YYYY-MM-DD" },
  { key: "url", label: "URL", type: "url" },
  { key: "language", label: "Language", hint: "e.g. en" },
];

export interface MetadataFieldsProps {
  value: MetadataDraft;
  errors: Partial<Record<string, string>>;
  onChange: (value: MetadataDraft) => void;
}

export function MetadataFields({ value, errors, onChange }: MetadataFieldsProps) {
  return (
    <fieldset className="metadata-fields">
      <legend>About the document</legend>
      {FIELDS.map(({ key, label, type, hint }) => (
        <div key={key} className="field">
          <label htmlFor={`meta-${key}`}>{label}</label>
          {hint && (
            <span id={`meta-${key}-hint`} className="hint">
              {hint}
            </span>
          )}
          <input
            id={`meta-${key}`}
            type={type ?? "text"}
            value={value[key]}
            required={key === "title"}
            aria-invalid={errors[key] ? true : undefined}
            aria-describedby={[hint && `meta-${key}-hint`, `meta-${key}-error`]
              .filter(Boolean)
              .join(" ")}
            onChange={(event) => onChange({ ...value, [key]: event.target.value })}
          />
          <FieldError id={`meta-${key}-error`} message={errors[key]} />
        </div>
      ))}
    </fieldset>
  );
}

export function draftOf(metadata: DocumentMetadata): MetadataDraft {
  return {
    title: metadata.title ?? "",
    publisher: metadata.publisher ?? "",
    author: metadata.author ?? "",
    published: metadata.published ?? "",
    url: metadata.url ?? "",
    language: metadata.language ?? "",
  };
}

export function metadataOf(draft: MetadataDraft): DocumentMetadata {
  const clean = (text: string) => text.trim() || null;
  return {
    title: clean(draft.title),
    publisher: clean(draft.publisher),
    author: clean(draft.author),
    published: clean(draft.published),
    url: clean(draft.url),
    language: clean(draft.language),
  };
}
