"use client";

import { useState, type FormEvent } from "react";
import { requestJson, type ApiFailure } from "@/components/fetch-json";
import { failureField } from "@/components/curation/api-errors";
import type { Preview } from "@/lib/curation/types";
import { FieldError } from "@/components/curation/field-error";

const ACCEPT = ".txt,.md,.html,.htm,.pdf,.docx";
type Source = "text" | "file" | "url";

export interface SourceFormsProps {
  csrfToken: string;
  onPreview: (preview: Preview) => void;
}

/** The three ways in, each read by POST /api/documents/extract into a Preview. */
export function SourceForms({ csrfToken, onPreview }: SourceFormsProps) {
  const [busy, setBusy] = useState<Source | null>(null);
  const [errors, setErrors] = useState<Partial<Record<Source, string>>>({});

  async function extract(source: Source, body: FormData | { text: string } | { url: string }) {
    setBusy(source);
    setErrors({});
    const result = await requestJson<Preview>("/api/documents/extract", { body, csrfToken });
    setBusy(null);
    if (result.ok) onPreview(result.data);
    else setErrors({ [sourceOf(result.error, source)]: result.error.message });
  }

  function submit(source: Source) {
    return (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const form = new FormData(event.currentTarget);
      if (source === "file") {
        const file = form.get("file");
        if (!(file instanceof File) || file.size === 0) {
          setErrors({ file: "Choose a file first." });
          return;
        }
        const upload = new FormData();
        upload.set("file", file);
        void extract("file", upload);
      } else {
        const value = String(form.get(source) ?? "").trim();
        if (!value) {
          setErrors({ [source]: source === "text" ? "Paste some text first." : "Enter a URL." });
          return;
        }
        void extract(source, source === "text" ? { text: value } : { url: value });
      }
    };
  }

  const label = (source: Source, idle: string) => (busy === source ? "Reading…" : idle);
  return (
    <div className="source-forms">
      <form onSubmit={submit("text")} aria-labelledby="paste-heading">
        <h2 id="paste-heading">Paste text</h2>
        <label htmlFor="source-text">The document&apos;s text</label>
        <textarea
          id="source-text"
          name="text"
          rows={6}
          aria-describedby="source-text-error"
          aria-invalid={errors.text ? true : undefined}
        />
        <FieldError id="source-text-error" message={errors.text} />
        <button type="submit" disabled={busy !== null}>
          {label("text", "Read the pasted text")}
        </button>
      </form>
      <form onSubmit={submit("file")} aria-labelledby="upload-heading">
        <h2 id="upload-heading">Upload a file</h2>
        <label htmlFor="source-file">Text, Markdown, HTML, PDF or Word (.docx)</label>
        <input
          id="source-file"
          name="file"
          type="file"
          accept={ACCEPT}
          aria-describedby="source-file-error"
          aria-invalid={errors.file ? true : undefined}
        />
        <FieldError id="source-file-error" message={errors.file} />
        <button type="submit" disabled={busy !== null}>
          {label("file", "Read the file")}
        </button>
      </form>
      <form onSubmit={submit("url")} aria-labelledby="url-heading">
        <h2 id="url-heading">From a web page</h2>
        <label htmlFor="source-url">Address (https://…)</label>
        <input
          id="source-url"
          name="url"
          type="url"
          inputMode="url"
          aria-describedby="source-url-error"
          aria-invalid={errors.url ? true : undefined}
        />
        <FieldError id="source-url-error" message={errors.url} />
        <button type="submit" disabled={busy !== null}>
          {label("url", "Fetch the page")}
        </button>
      </form>
    </div>
  );
}

/** Which of the three forms an error belongs beside: the field it names, else the one sent. */
function sourceOf(error: ApiFailure, sent: Source): Source {
  const field = failureField(error);
  return field === "text" || field === "file" || field === "url" ? field : sent;
}
