// A tiny SMTP server for tests: enough of RFC 5321 for nodemailer to deliver plain messages
// (no TLS, no authentication). It keeps what it receives and can refuse chosen recipients.
import { createServer, type AddressInfo, type Socket } from "node:net";

export type Received = { from: string; to: string[]; data: string };

export async function startFakeSmtp(options: { refuse?: (recipient: string) => boolean } = {}) {
  const received: Received[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    let mail: Received = { from: "", to: [], data: "" };
    let inData = false;
    let buffer = "";
    const reply = (line: string) => socket.write(`${line}\r\n`);
    reply("220 fake.smtp.test ESMTP");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end < 0) return;
          mail.data = buffer.slice(0, end).replace(/^\.\./gm, ".");
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(mail);
          mail = { from: "", to: [], data: "" };
          reply("250 2.0.0 queued");
          continue;
        }
        const at = buffer.indexOf("\r\n");
        if (at < 0) return;
        const line = buffer.slice(0, at);
        buffer = buffer.slice(at + 2);
        const verb = line.slice(0, 4).toUpperCase();
        const address = /<([^>]*)>/.exec(line)?.[1] ?? "";
        if (verb === "EHLO" || verb === "HELO") reply("250 fake.smtp.test");
        else if (verb === "MAIL") (mail.from = address), reply("250 2.1.0 ok");
        else if (verb === "RCPT") {
          if (options.refuse?.(address)) reply("550 5.1.1 no such mailbox");
          else mail.to.push(address), reply("250 2.1.5 ok");
        } else if (verb === "DATA") (inData = true), reply("354 go ahead");
        else if (verb === "RSET") (mail = { from: "", to: [], data: "" }), reply("250 ok");
        else if (verb === "QUIT") reply("221 bye"), socket.end();
        else reply("502 5.5.2 not implemented");
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    async stop() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A port nothing listens on: connecting to it is refused at once. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
