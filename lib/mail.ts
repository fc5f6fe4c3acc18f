import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";

export type Mail = { to: string; subject: string; text: string };

let transport: Transporter | undefined;

/**
 * Sends a message through SMTP_URL when it is set. Without SMTP the message is stored in the dev outbox (the
 * OutboxMail table, listed at /dev/outbox when not in production) and its subject is logged.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    transport ??= nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: MAIL_FROM ?? "Careerlens <no-reply@localhost>", ...mail });
    return;
  }
  await (await db()).outboxMail.create({ data: mail });
  console.info(`[dev outbox] "${mail.subject}" to ${mail.to} (no SMTP_URL; read it at /dev/outbox)`);
}

/** The dev outbox, newest first. */
export async function outbox(limit = 50) {
  return (await db()).outboxMail.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
