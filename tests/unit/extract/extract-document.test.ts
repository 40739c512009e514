import { SyntheticModule } from "node:vm";
import { deflateRawSync } from "node:zlib";
import { ExtractionError } from "@/lib/documents/errors";
import { extractDocument } from "@/lib/documents/extract/extract-document";
import { extractedSchema } from "@/lib/documents/extract/types";
import { fixtureDocx, fixturePdf } from "@/tests/support/fixture-documents";

// unpdf loads pdf.js with a dynamic import(), which jest's VM allows only with this flag.
if (typeof SyntheticModule !== "function") {
  throw new Error(
    "Run jest with NODE_OPTIONS=--experimental-vm-modules (npm run test:unit does): unpdf loads pdf.js with import().",
  );
}

const PARAGRAPHS = [
  "The strike near Baghdad airport killed General Qassem Soleimani and the leader of Kataib Hezbollah, Abu Mahdi al-Muhandis, in the early hours of Friday.",
  "Iran's supreme leader vowed severe revenge, while the Iraqi parliament voted to ask the government to expel foreign troops from the country.",
  "Analysts said the episode showed how much influ-\nence the militias had gained over the state since the war against the Islamic State.",
];
const JOINED = PARAGRAPHS.map((p) => p.replace("influ-\nence", "influence"));
const FIXTURE = { title: "After the strike", author: "A. Reporter", paragraphs: PARAGRAPHS };
const LIMITS = { maxBytes: 1024 * 1024, maxCharacters: 100_000 };

const upload = (bytes: Uint8Array, filename: string, declaredType: string | null = null) =>
  extractDocument({ kind: "upload", bytes, filename, declaredType }, LIMITS);
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A minimal stored (uncompressed or deflated) ZIP holding the given files. */
function zip(files: Record<string, string>): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(content));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(content.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

async function refusal(promise: Promise<unknown>): Promise<ExtractionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ExtractionError);
  return error as ExtractionError;
}

describe("extractDocument", () => {
  it("reads a generated PDF: paragraphs kept, lines and hyphenation joined, metadata", async () => {
    const extracted = await upload(await fixturePdf(FIXTURE), "strike.pdf", "application/pdf");
    expect(extractedSchema.parse(extracted)).toEqual(extracted);
    expect(extracted.format).toBe("pdf");
    expect(extracted.text).toBe(JOINED.join("\n\n"));
    expect(extracted.report.hyphenationsRemoved).toBe(1);
    expect(extracted.report.linesJoined).toBeGreaterThanOrEqual(3);
    expect(extracted.report.paragraphs).toBe(3);
    expect(extracted.metadata).toMatchObject({
      title: "After the strike",
      author: "A. Reporter",
      published: "2020-02-01",
      language: "en",
    });
  });

  it("reads a generated .docx with its heading, paragraphs and core properties", async () => {
    const docx = await fixtureDocx({ ...FIXTURE, paragraphs: JOINED });
    const extracted = await upload(docx, "strike.docx");
    expect(extracted.format).toBe("docx");
    expect(extracted.text).toBe(["After the strike", ...JOINED].join("\n\n"));
    expect(extracted.metadata).toMatchObject({
      title: "After the strike",
      author: "A. Reporter",
      language: "en",
    });
  });

  it("keeps an HTML article's paragraphs and reads its metadata", async () => {
    const html = `<!doctype html><html lang="en"><head>
      <title>After the strike | Example News</title>
      <meta property="og:title" content="After the strike">
      <meta property="og:site_name" content="Example News">
      <meta name="author" content="A. Reporter">
      <meta property="article:published_time" content="2020-01-03T08:00:00Z">
      <link rel="canonical" href="/2020/01/after-the-strike">
      </head><body><nav><a href="/">Home</a></nav><article><h1>After the strike</h1>
      ${JOINED.map((p) => `<p>${p.replace("killed", "killed\n      ")}</p>`).join("\n")}
      </article><script>var x = "not text";</script></body></html>`;
    const extracted = await extractDocument(
      {
        kind: "fetched",
        bytes: utf8(html),
        contentType: "text/html; charset=utf-8",
        url: "https://news.example/2020/01/after-the-strike?utm=x",
      },
      LIMITS,
    );
    expect(extracted.format).toBe("html");
    for (const paragraph of JOINED) expect(extracted.text).toContain(`${paragraph}`);
    expect(extracted.text).toContain(`${JOINED[0]}\n\n${JOINED[1]}`);
    expect(extracted.text).not.toContain("not text");
    expect(extracted.metadata).toEqual({
      title: "After the strike",
      author: "A. Reporter",
      publisher: "Example News",
      published: "2020-01-03",
      url: "https://news.example/2020/01/after-the-strike",
      language: "en",
    });
  });

  it("reads pasted text and markdown as they are, detecting the language", async () => {
    const pasted = await extractDocument({ kind: "paste", text: JOINED.join("\n") }, LIMITS);
    expect(pasted).toMatchObject({ format: "text", text: JOINED.join("\n\n") });
    expect(pasted.metadata.language).toBe("en");
    const french =
      "Le ministère a déclaré mardi que les pourparlers reprendraient la semaine prochaine à Genève.";
    const md = await upload(utf8(`# Titre\n\n${french}`), "note.md", "text/markdown");
    expect(md).toMatchObject({ format: "markdown", text: `# Titre\n\n${french}` });
    expect(md.metadata.language).toBe("fr");
    const short = await extractDocument({ kind: "paste", text: "Hello world" }, LIMITS);
    expect(short.metadata.language).toBeNull();
  });

  it("trusts the bytes when an accepted format has the wrong name", async () => {
    const pdf = await upload(await fixturePdf(FIXTURE), "notes.txt", "text/plain");
    expect(pdf.format).toBe("pdf");
    const html = await upload(utf8("<!doctype html><p>Hello there, a page.</p>"), "page.txt");
    expect(html.format).toBe("html");
  });

  const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  it.each([
    ["report.pdf", PNG, "unsupported_type", 415, /report\.pdf is a PNG image/],
    [
      "report.pdf",
      zip({ "a.txt": "hello" }),
      "unsupported_type",
      415,
      /report\.pdf is a ZIP archive/,
    ],
    ["sheet.docx", zip({ "xl/workbook.xml": "<x/>" }), "unsupported_type", 415, /Excel workbook/],
    [
      "data.csv",
      utf8("a,b\n1,2\n"),
      "unsupported_type",
      415,
      /data\.csv: \.csv files are not accepted/,
    ],
    [
      "blob.txt",
      new Uint8Array([0xc3, 0x28, 0xa0, 0xa1, 0x41]),
      "binary_text",
      422,
      /blob\.txt is not readable text \(it is not valid UTF-8\)/,
    ],
    ["nul.txt", utf8("abc\u0000def"), "binary_text", 422, /NUL bytes/],
    ["empty.txt", new Uint8Array(), "empty_text", 422, /empty\.txt is empty/],
    ["blank.txt", utf8(" \n\t\n\u200b "), "empty_text", 422, /blank\.txt holds no text/],
    [
      "broken.pdf",
      utf8("%PDF-1.7\nnot really a pdf"),
      "unreadable_pdf",
      422,
      /broken\.pdf could not be read as a PDF/,
    ],
    [
      "broken.docx",
      zip({ "word/document.xml": "<not-xml" }),
      "unreadable_docx",
      422,
      /broken\.docx could not be read as a Word document/,
    ],
  ])("refuses %s (%s)", async (filename, bytes, code, status, message) => {
    const error = await refusal(upload(bytes, filename));
    expect({ code: error.code, status: error.status, field: error.field }).toEqual({
      code,
      status,
      field: "file",
    });
    expect(error.message).toMatch(message);
    expect(error.details).toMatchObject({ field: "file", file: filename });
  });

  it("refuses a PDF without a text layer", async () => {
    const error = await refusal(
      upload(await fixturePdf({ ...FIXTURE, paragraphs: [] }), "scan.pdf"),
    );
    expect(error.code).toBe("empty_text");
    expect(error.message).toMatch(/scan\.pdf has no text layer/);
  });

  it("refuses an upload over the byte cap and text over the character cap", async () => {
    const big = await refusal(
      extractDocument(
        { kind: "upload", bytes: utf8("x".repeat(2000)), filename: "big.txt", declaredType: null },
        { maxBytes: 1024, maxCharacters: 100_000 },
      ),
    );
    expect({ code: big.code, status: big.status }).toEqual({ code: "too_large", status: 413 });
    expect(big.message).toMatch(/big\.txt is 2000 bytes, more than the limit of 1024/);

    const long = await refusal(
      extractDocument(
        {
          kind: "upload",
          bytes: utf8("word ".repeat(400)),
          filename: "long.txt",
          declaredType: null,
        },
        { maxBytes: 1024 * 1024, maxCharacters: 1000 },
      ),
    );
    expect({ code: long.code, status: long.status }).toEqual({
      code: "text_too_long",
      status: 413,
    });

    const pasted = await refusal(
      extractDocument(
        { kind: "paste", text: "y".repeat(1001) },
        { maxBytes: 1024, maxCharacters: 1000 },
      ),
    );
    expect({ code: pasted.code, field: pasted.field }).toEqual({
      code: "text_too_long",
      field: "text",
    });
  });

  it("refuses empty pasted text naming the field", async () => {
    const error = await refusal(extractDocument({ kind: "paste", text: " \n " }, LIMITS));
    expect({ code: error.code, status: error.status, field: error.field }).toEqual({
      code: "empty_text",
      status: 422,
      field: "text",
    });
  });
});
