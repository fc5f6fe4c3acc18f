/**
 * Server errors as one JSON line each on stderr: time, level, event, request id and whatever helps find the
 * cause; the error's name, message and stack stay here, never in an answer to the client.
 */
export function logError(event: string, fields: Record<string, unknown>, error?: unknown) {
  const detail =
    error instanceof Error
      ? { error: { name: error.name, message: error.message, stack: error.stack, digest: (error as { digest?: unknown }).digest } }
      : error === undefined
        ? {}
        : { error: { message: String(error) } };
  console.error(JSON.stringify({ time: new Date().toISOString(), level: "error", event, ...fields, ...detail }));
}
