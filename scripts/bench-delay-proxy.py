#!/usr/bin/env python3
"""A delaying reverse proxy for scripts/bench-add: listens on PORT at 127.0.0.1 to 127.0.0.N
and hands every request to UPSTREAM_PORT on 127.0.0.1 after DELAY_MS milliseconds, as a
server across the internet would answer later than one on this machine.

  bench-delay-proxy.py PORT UPSTREAM_PORT [ADDRESSES=50] [DELAY_MS=50]

Each request is sent upstream as HTTP/1.0 (so that the answer ends with the connection) and
its answer returned with a Content-Length, on a connection kept alive for the client. GET
requests only (what folio add and curl send). Prints "ready" once it listens; runs until killed.
"""
import asyncio
import sys


async def relay(reader, writer, upstream_port, delay):
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            await asyncio.sleep(delay)
            lines = head.split(b"\r\n")
            method, target, _ = lines[0].split(b" ", 2)
            headers = [line for line in lines[1:] if line and not line.lower().startswith((b"connection:", b"keep-alive:"))]
            up_reader, up_writer = await asyncio.open_connection("127.0.0.1", upstream_port)
            up_writer.write(b" ".join([method, target, b"HTTP/1.0"]) + b"\r\n" + b"\r\n".join(headers) + b"\r\n\r\n")
            await up_writer.drain()
            answer = await up_reader.read()
            up_writer.close()
            answer_head, _, body = answer.partition(b"\r\n\r\n")
            answer_lines = [line for line in answer_head.split(b"\r\n")
                            if not line.lower().startswith((b"connection:", b"content-length:", b"transfer-encoding:", b"keep-alive:"))]
            writer.write(b"\r\n".join(answer_lines) + b"\r\nContent-Length: %d\r\n\r\n" % len(body) + body)
            await writer.drain()
    except (asyncio.IncompleteReadError, ConnectionError, ValueError):
        pass
    finally:
        writer.close()


async def main():
    port, upstream_port = int(sys.argv[1]), int(sys.argv[2])
    addresses = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    delay = (int(sys.argv[4]) if len(sys.argv) > 4 else 50) / 1000
    hosts = [f"127.0.0.{n}" for n in range(1, addresses + 1)]
    server = await asyncio.start_server(lambda r, w: relay(r, w, upstream_port, delay), hosts, port, backlog=512)
    print("ready", flush=True)
    async with server:
        await server.serve_forever()


asyncio.run(main())
