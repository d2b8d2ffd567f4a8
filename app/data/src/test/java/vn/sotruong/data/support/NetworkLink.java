package vn.sotruong.data.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Đường mạng giả lập for LAN tests: a TCP relay on 127.0.0.1 between a workstation and the office PC that a test can
 * cut (no connection gets through: the network is lost) or make lose the next answers (the request reaches the
 * office PC, which does its work and answers, but the answer never comes back: the connection is closed instead).
 * TLS passes through untouched. The office PC keeps running and keeps its sessions.
 */
public final class NetworkLink implements AutoCloseable {
    private final ServerSocket listener;
    private final InetSocketAddress target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private final AtomicInteger answersToLose = new AtomicInteger();
    private volatile boolean cut;
    /** Connections made from this count on are not touched by {@link #loseNextAnswers}. */
    private final AtomicInteger connections = new AtomicInteger();
    private volatile int armedBefore;

    private NetworkLink(ServerSocket listener, InetSocketAddress target) {
        this.listener = listener;
        this.target = target;
    }

    /** A relay to {@code 127.0.0.1:port}, listening on a free port of 127.0.0.1. */
    public static NetworkLink to(int port) {
        try {
            ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            NetworkLink link = new NetworkLink(s, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            Thread.ofVirtual().name("network-link").start(link::accept);
            return link;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Cuts the network: open connections drop, new ones are closed at once. */
    public void cut() {
        cut = true;
        open.forEach(NetworkLink::quietly);
        open.clear();
    }

    /** The network is back. */
    public void restore() {
        cut = false;
    }

    /**
     * The next {@code n} answers of the office PC on connections already open are lost on the way back (their
     * connections closed instead). Only already open connections: a new one's TLS handshake and session tickets pass,
     * so what is lost is an answer. Open one first with any call.
     */
    public void loseNextAnswers(int n) {
        armedBefore = connections.get();
        answersToLose.set(n);
    }

    private void accept() {
        while (!listener.isClosed()) {
            try {
                Socket from = listener.accept();
                if (cut) {
                    quietly(from);
                    continue;
                }
                Socket to = new Socket();
                to.connect(target, 2_000);
                open.add(from);
                open.add(to);
                int number = connections.getAndIncrement();
                Thread.ofVirtual().start(() -> pump(from, to, -1));
                Thread.ofVirtual().start(() -> pump(to, from, number));
            } catch (IOException e) {
                // listener closed, or the office PC is not there: the workstation sees a closed connection
            }
        }
    }

    /** Copies one direction; {@code answersOf} is the connection's number for the office PC's side, -1 for the workstation's. */
    private void pump(Socket in, Socket out, int answersOf) {
        byte[] b = new byte[16 * 1024];
        try (InputStream i = in.getInputStream(); OutputStream o = out.getOutputStream()) {
            int n;
            while ((n = i.read(b)) >= 0) {
                if (cut) {
                    break;
                }
                if (answersOf >= 0 && answersOf < armedBefore && answersToLose.getAndUpdate(x -> Math.max(0, x - 1)) > 0) {
                    break;
                }
                o.write(b, 0, n);
                o.flush();
            }
        } catch (IOException e) {
            // the other side closed
        } finally {
            quietly(in);
            quietly(out);
        }
    }

    private static void quietly(Socket s) {
        try {
            s.close();
        } catch (IOException e) {
            // closing anyway
        }
    }

    @Override
    public void close() {
        cut();
        try {
            listener.close();
        } catch (IOException e) {
            // closing anyway
        }
    }
}
