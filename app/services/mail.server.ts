// Sending one email: over SMTP when SMTP_HOST is set, otherwise as an .eml file under
// DATA_DIR/mail, so development and tests can read what would have been sent. Both build the
// message with nodemailer, so a file holds exactly what SMTP would have carried.
import { randomUUID } from "node:crypto";
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import nodemailer from "nodemailer";
import { getConfig, type Config } from "../config.server";

export type OutgoingEmail = { to: string; subject: string; text: string };

export type MailTransport = {
  /** For logs: "SMTP smtp.example.org:587" or "files in ./data/mail". */
  description: string;
  send(email: OutgoingEmail): Promise<void>;
};

/** The server refused this message or recipient: try that one again later, carry on with
 * others. Any other error means the transport itself is down, and sending stops for a while. */
export class MailRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MailRefusedError";
  }
}

const DEFAULT_FROM = "Sweetspot <no-reply@localhost>";

/** Writes each email as an RFC 5322 file; written under a temporary name first, so a reader
 * never sees half an email. */
export function fileTransport(dir: string, from = DEFAULT_FROM): MailTransport {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    description: `files in ${dir}`,
    async send(email) {
      const info = await composer.sendMail({ from, ...email });
      mkdirSync(dir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const name = `${stamp}-${email.to.replace(/[^a-z0-9@.-]/gi, "_")}-${randomUUID().slice(0, 8)}.eml`;
      const partial = join(dir, `.${name}.partial`);
      writeFileSync(partial, info.message as Buffer);
      renameSync(partial, join(dir, name));
    },
  };
}

export type SmtpSettings = { host: string; port: number; user?: string; password?: string; from: string };

export function smtpTransport(settings: SmtpSettings): MailTransport {
  const transporter = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    // 465 is TLS from the start; other ports upgrade with STARTTLS when the server offers it.
    secure: settings.port === 465,
    auth: settings.user ? { user: settings.user, pass: settings.password } : undefined,
    // A mail server that does not answer must not hold the worker for minutes.
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  });
  return {
    description: `SMTP ${settings.host}:${settings.port}`,
    async send(email) {
      try {
        await transporter.sendMail({ from: settings.from, ...email });
      } catch (error) {
        const code = (error as { code?: string }).code;
        // Recipient or message refused; connection, TLS and authentication failures are the
        // transport's, and affect every message alike.
        if (code === "EENVELOPE" || code === "EMESSAGE") throw new MailRefusedError((error as Error).message);
        throw error;
      }
    },
  };
}

/** The transport the configuration asks for. */
export function mailTransportFromConfig(config: Config = getConfig()): MailTransport {
  if (config.SMTP_HOST) {
    return smtpTransport({
      host: config.SMTP_HOST,
      port: config.SMTP_PORT,
      user: config.SMTP_USER,
      password: config.SMTP_PASSWORD,
      from: config.SMTP_FROM ?? DEFAULT_FROM,
    });
  }
  return fileTransport(join(process.env.DATA_DIR || config.DATA_DIR, "mail"), config.SMTP_FROM ?? DEFAULT_FROM);
}

/** The site's address for links in emails. */
export function siteAddress(config: Config = getConfig()): string {
  return (config.APP_URL ?? `http://localhost:${config.PORT}`).replace(/\/+$/, "");
}
