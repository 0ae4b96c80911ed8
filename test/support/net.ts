// Loopback helpers for tests that need a port nothing listens on.
import * as net from 'node:net';

/** A 127.0.0.1 port that was free a moment ago: connecting to it is refused. */
export async function closedPort(): Promise<number> {
  const srv = net.createServer();
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', () => r()));
  const port = (srv.address() as net.AddressInfo).port;
  await new Promise<void>((r) => srv.close(() => r()));
  return port;
}
