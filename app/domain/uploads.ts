// What an evidence upload may be: its type judged by its first bytes, never by its name, and
// a name made safe to show and to offer back as a download. Pure: no I/O.

export const MAX_UPLOAD_BYTES = 20 * 1024 * 1024;
/** A whole multipart request may carry the form's other fields and boundaries besides the file. */
export const MAX_UPLOAD_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

export type FileType = { mime: string; label: string; extensions: readonly string[] };

const PDF: FileType = { mime: "application/pdf", label: "PDF", extensions: ["pdf"] };
const DOCX: FileType = {
  mime: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  label: "Word document",
  extensions: ["docx"],
};
const DOC: FileType = { mime: "application/msword", label: "Word 97–2003 document", extensions: ["doc"] };
const PNG: FileType = { mime: "image/png", label: "PNG image", extensions: ["png"] };
const JPEG: FileType = { mime: "image/jpeg", label: "JPEG image", extensions: ["jpg", "jpeg"] };

export const ACCEPTED_TYPES = [PDF, DOCX, DOC, PNG, JPEG] as const;
export const ACCEPT_ATTRIBUTE = ".pdf,.doc,.docx,.png,.jpg,.jpeg";
export const ACCEPTED_DESCRIPTION = "a PDF, a Word document or a PNG or JPEG image";

const startsWith = (bytes: Uint8Array, signature: readonly number[]) =>
  bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

// A .docx is a zip whose entries include the word/ folder; other zips (.xlsx, plain archives) are not accepted.
const WORD_FOLDER = ascii("word/");
function isDocx(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return false;
  outer: for (let i = 0; i <= bytes.length - WORD_FOLDER.length; i++) {
    for (let j = 0; j < WORD_FOLDER.length; j++) if (bytes[i + j] !== WORD_FOLDER[j]) continue outer;
    return true;
  }
  return false;
}

/** The accepted type the content is, or null. */
export function sniffFileType(bytes: Uint8Array): FileType | null {
  if (startsWith(bytes, ascii("%PDF-"))) return PDF;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return DOC;
  if (isDocx(bytes)) return DOCX;
  return null;
}

/**
 * The name to keep: the last part of any path, without control characters, characters that
 * mean something to a file system or a header, or leading dots; at most 120 characters; and
 * ending with an extension of the type the content really is.
 */
export function safeFileName(name: string, type: FileType): string {
  const last = name.split(/[\\/]/).pop() ?? "";
  const clean = last
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"*:<>?|;%]/g, "")
    .replace(/\s+/g, " ")
    .replace(/^[.\s]+/, "")
    .trim();
  const dot = clean.lastIndexOf(".");
  const extension = dot > 0 ? clean.slice(dot + 1).toLowerCase() : "";
  const known = ACCEPTED_TYPES.some((t) => t.extensions.includes(extension));
  const stem = (known ? clean.slice(0, dot) : clean).slice(0, 100).trim() || "evidence";
  return `${stem}.${type.extensions.includes(extension) ? extension : type.extensions[0]}`;
}

export type UploadCheck = { ok: true; type: FileType; name: string } | { ok: false; message: string };

/** Whether an uploaded file may be kept, with the message to show beside the field if not. */
export function checkUpload(file: { name: string; size: number }, head: Uint8Array): UploadCheck {
  if (file.size === 0) return { ok: false, message: "The selected file is empty: choose the document itself" };
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, message: "The selected file must be smaller than 20 MB" };
  const type = sniffFileType(head);
  if (!type) return { ok: false, message: `The selected file must be ${ACCEPTED_DESCRIPTION}` };
  return { ok: true, type, name: safeFileName(file.name, type) };
}

/** A Content-Disposition header that offers the file as a download under its kept name. */
export function attachmentHeader(name: string): string {
  const fallback = name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export function formatBytes(size: number): string {
  if (size < 1024) return `${size} bytes`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024)} KB`;
  return `${(size / (1024 * 1024)).toFixed(1)} MB`;
}
