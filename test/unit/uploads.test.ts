import { describe, expect, it } from "vitest";
import { attachmentHeader, checkUpload, MAX_UPLOAD_BYTES, safeFileName, sniffFileType } from "../../app/domain/uploads";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));

describe("file types by content", () => {
  it.each([
    ["PDF", bytes("%PDF-1.4\n"), "application/pdf"],
    ["PNG", bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]), "image/png"],
    ["JPEG", bytes([0xff, 0xd8, 0xff, 0xe0]), "image/jpeg"],
    ["Word 97–2003", bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]), "application/msword"],
    ["Word", bytes([0x50, 0x4b, 0x03, 0x04], "....[Content_Types].xml....word/document.xml"), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
  ])("knows a %s", (_, content, mime) => {
    expect(sniffFileType(content)?.mime).toBe(mime);
  });

  it.each([
    ["plain text", bytes("hello")],
    ["a spreadsheet zip", bytes([0x50, 0x4b, 0x03, 0x04], "xl/workbook.xml")],
    ["HTML", bytes("<!doctype html>")],
    ["a truncated PDF signature", bytes("%PD")],
    ["nothing", bytes()],
  ])("refuses %s", (_, content) => {
    expect(sniffFileType(content)).toBeNull();
  });
});

describe("safe file names", () => {
  const pdf = sniffFileType(bytes("%PDF-"))!;
  const png = sniffFileType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))!;
  it.each([
    ["../../etc/passwd", pdf, "passwd.pdf"],
    ["..\\..\\windows\\system.ini", pdf, "system.ini.pdf"],
    ["Report.PDF", pdf, "Report.pdf"],
    [".hidden.pdf", pdf, "hidden.pdf"],
    ['a"b<c>d|e?.pdf', pdf, "abcde.pdf"],
    ["scan.pdf", png, "scan.png"],
    ["line\nbreak\u0000.pdf", pdf, "linebreak.pdf"],
    ["", pdf, "evidence.pdf"],
    ["...", pdf, "evidence.pdf"],
    [`${"a".repeat(300)}.pdf`, pdf, `${"a".repeat(100)}.pdf`],
  ])("keeps %j safely", (name, type, expected) => {
    expect(safeFileName(name, type)).toBe(expected);
  });
});

describe("checking an upload", () => {
  it("refuses empty, too large and unknown files with a message for the person", () => {
    expect(checkUpload({ name: "a.pdf", size: 0 }, bytes())).toEqual({ ok: false, message: "The selected file is empty: choose the document itself" });
    expect(checkUpload({ name: "a.pdf", size: MAX_UPLOAD_BYTES + 1 }, bytes("%PDF-"))).toMatchObject({ ok: false, message: expect.stringMatching(/20 MB/) });
    expect(checkUpload({ name: "a.pdf", size: 5 }, bytes("hello"))).toMatchObject({ ok: false });
    expect(checkUpload({ name: "a.pdf", size: MAX_UPLOAD_BYTES }, bytes("%PDF-"))).toMatchObject({ ok: true, name: "a.pdf" });
  });

  it("offers the kept name as an attachment, safely quoted", () => {
    expect(attachmentHeader('Café "plan".pdf')).toBe(`attachment; filename="Caf_ _plan_.pdf"; filename*=UTF-8''Caf%C3%A9%20%22plan%22.pdf`);
  });
});
