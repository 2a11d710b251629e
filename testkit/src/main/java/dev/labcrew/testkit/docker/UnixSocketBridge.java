package dev.labcrew.testkit.docker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

/**
 * Serves the simulator on a unix socket too, as {@code /var/run/docker.sock} is served: each connection to the socket
 * is relayed byte for byte to the HTTP port on loopback, so clients exercise their unix-socket transport.
 */
final class UnixSocketBridge implements AutoCloseable {
  private final Path socket;
  private final ServerSocketChannel server;
  private final ExecutorService pumps;

  private UnixSocketBridge(Path socket, ServerSocketChannel server, ExecutorService pumps) {
    this.socket = socket;
    this.server = server;
    this.pumps = pumps;
  }

  static UnixSocketBridge open(Path socket, int tcpPort, ExecutorService pumps) {
    try {
      Files.deleteIfExists(socket);
      ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
      UnixSocketBridge bridge = new UnixSocketBridge(socket, server, pumps);
      pumps.execute(() -> bridge.accept(tcpPort));
      return bridge;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve the unix socket " + socket, e);
    }
  }

  private void accept(int tcpPort) {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        SocketChannel upstream = SocketChannel.open(new InetSocketAddress("127.0.0.1", tcpPort));
        pumps.execute(() -> pump(client, upstream));
        pumps.execute(() -> pump(upstream, client));
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private static void pump(SocketChannel from, SocketChannel to) {
    ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
    try (from; to) {
      while (from.read(buffer) >= 0) {
        buffer.flip();
        while (buffer.hasRemaining()) {
          to.write(buffer);
        }
        buffer.clear();
      }
    } catch (IOException e) {
      // one side closed: closing both ends the other pump too
    }
  }

  @Override
  public void close() {
    try {
      server.close();
      Files.deleteIfExists(socket);
    } catch (IOException e) {
      // best effort on shutdown
    }
  }
}
