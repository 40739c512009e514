"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { requestJson, type ApiFailure } from "@/components/fetch-json";
import { failureField, fieldKey } from "@/components/curation/api-errors";
import type { CreateDraftRequest, FreezeRequest } from "@/lib/curation/schemas";
import type { CuratedDocument, DraftResponse, FreezeResponse, Preview } from "@/lib/curation/types";
import { CopyNotices, type CopyChoice } from "@/components/curation/new-document/copy-notices";
import {
  draftOf,
  MetadataFields,
  metadataOf,
  type MetadataDraft,
} from "@/components/curation/new-document/metadata-fields";
import { NormalisationList } from "@/components/curation/new-document/normalisation-list";
import { PreviewText, type BodyRange } from "@/components/curation/new-document/preview-text";
import { SourceForms } from "@/components/curation/new-document/source-forms";

type Phase = "saving" | "freezing" | null;
type Errors = Partial<Record<string, string>>;

const PHASE_TEXT = {
  saving: "Saving the draft…",
  freezing: "Freezing the text and looking for the actors it names…",
};

export function NewDocument({ csrfToken }: { csrfToken: string }) {
  const router = useRouter();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [metadata, setMetadata] = useState<MetadataDraft>(draftOf(EMPTY_METADATA));
  const [body, setBody] = useState<BodyRange>({ start: 0, end: 0 });
  const [copy, setCopy] = useState<CopyChoice>(null);
  const [errors, setErrors] = useState<Errors>({});
  const [phase, setPhase] = useState<Phase>(null);
  // A draft made by a freeze that then failed: the next try updates it instead of adding another.
  const [draft, setDraft] = useState<CuratedDocument | null>(null);

  function show(next: Preview) {
    setPreview(next);
    setMetadata(draftOf(next.metadata));
    setBody({ start: 0, end: next.text.length });
    setCopy(null);
    setErrors({});
    setDraft(null);
  }

  function fail(error: ApiFailure) {
    const key = fieldKey(failureField(error));
    if (error.code === "near_copy") setErrors({ copy: error.message });
    else setErrors({ [key && key in metadata ? key : "form"]: error.message });
    setPhase(null);
  }

  async function freeze() {
    if (!preview) return;
    if (!metadata.title.trim()) return setErrors({ title: "Give the document a title." });
    if (preview.nearCopies.length > 0 && copy === null) {
      return setErrors({ copy: "Say whether it is a copy of that document or independent." });
    }
    setErrors({});
    setPhase("saving");
    const saved = await saveDraft(preview, draft);
    if (!saved.ok) return fail(saved.error);
    setDraft(saved.data.document);
    setPhase("freezing");
    const request: FreezeRequest = { version: saved.data.document.version, ...(copy ?? {}) };
    const id = encodeURIComponent(saved.data.document.id);
    const frozen = await requestJson<FreezeResponse>(`/api/documents/${id}/freeze`, {
      body: request,
      csrfToken,
    });
    if (!frozen.ok) return fail(frozen.error);
    router.push(`/documents/${id}/review`);
  }

  function saveDraft(from: Preview, existing: CuratedDocument | null) {
    const common = {
      // freeze() refused an empty title before getting here.
      metadata: { ...metadataOf(metadata), title: metadata.title.trim() },
      bodyStart: body.start,
      bodyEnd: body.end,
    };
    if (existing) {
      return requestJson<DraftResponse>(`/api/documents/${encodeURIComponent(existing.id)}`, {
        method: "PATCH",
        body: { version: existing.version, ...common },
        csrfToken,
      });
    }
    const request: CreateDraftRequest = {
      text: from.text,
      origin: from.origin,
      format: from.format,
      normalisation: from.report,
      ...common,
    };
    return requestJson<DraftResponse>("/api/documents", { body: request, csrfToken });
  }

  return (
    <>
      <SourceForms csrfToken={csrfToken} onPreview={show} />
      {preview && (
        <div className="preview-layout">
          <PreviewText text={preview.text} body={body} onBodyChange={setBody} />
          <div className="preview-side">
            <CopyNotices preview={preview} choice={copy} error={errors.copy} onChoose={setCopy} />
            <MetadataFields value={metadata} errors={errors} onChange={setMetadata} />
            <NormalisationList report={preview.report} />
            <div className="freeze">
              <button
                type="button"
                className="primary"
                onClick={() => void freeze()}
                disabled={phase !== null || preview.identicalTo !== null}
                aria-describedby="freeze-status"
              >
                Freeze and review
              </button>
              <div id="freeze-status" aria-live="polite">
                {phase && (
                  <p className="progress-line">
                    <progress aria-label={PHASE_TEXT[phase]} />
                    {PHASE_TEXT[phase]}
                  </p>
                )}
                {errors.form && <p className="field-error">{errors.form}</p>}
                {Object.keys(errors).length > 0 && !errors.form && (
                  <p className="field-error">Not frozen: see the message beside the field.</p>
                )}
              </div>
              <p className="hint">
                Freezing fixes the text for good (a corrected text is a new document) and proposes
                the actors it names.
              </p>
            </div>
          </div>
        </div>
      )}
    </>
  );
}

const EMPTY_METADATA = {
  title: null,
  author: null,
  publisher: null,
  published: null,
  url: null,
  language: null,
};
